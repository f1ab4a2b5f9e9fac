using Microsoft.Data.Sqlite;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Benchmarks;

/// <summary>
/// The roll-up the way e-SAKIP applications do it: the tree in SQL tables (<c>nodes</c>, <c>links</c>,
/// <c>indicator_values</c> with each indicator's capaian, NULL when not achieved) and one query with recursive CTEs,
/// here in SQLite in memory through Microsoft.Data.Sqlite.
/// </summary>
/// <remarks>
/// A recursive CTE cannot aggregate bottom-up, so the query reaches the same mean-of-items figure another way: it
/// walks every downward path from every node, multiplying 1 ÷ (the number of items) of each node on the path, and
/// sums coefficient × own capaian over the paths. In exact arithmetic that equals the mean of own indicators and
/// children (missing items skipped); nodes with no data in their subtree are recognised by a second recursive CTE
/// and do not count as items. Differences from the library: REAL (binary double) arithmetic instead of exact
/// decimals (figures agree to about 1e-12), only the plain mean with missing items skipped, no statuses, and work
/// proportional to nodes × depth (one row per path).
/// </remarks>
internal sealed class SqlRollUp : IDisposable
{
    /// <summary>Each node's own capaian sum and count, the nodes with data in their subtree (a recursive CTE up the
    /// links), and each node's item count: own achieved indicators plus children with data. Temporary tables with
    /// primary keys, so that the path walk below can look them up.</summary>
    private const string Prepare = """
        DROP TABLE IF EXISTS temp.own;
        DROP TABLE IF EXISTS temp.has_data;
        DROP TABLE IF EXISTS temp.items;
        CREATE TEMP TABLE own (node_id INTEGER PRIMARY KEY, s REAL, k INTEGER NOT NULL);
        CREATE TEMP TABLE has_data (node_id INTEGER PRIMARY KEY);
        CREATE TEMP TABLE items (node_id INTEGER PRIMARY KEY, k INTEGER NOT NULL);
        INSERT INTO own SELECT node_id, SUM(capaian), COUNT(capaian) FROM indicator_values GROUP BY node_id;
        INSERT INTO has_data
            WITH RECURSIVE up(node_id) AS (
                SELECT node_id FROM own WHERE k > 0
                UNION
                SELECT l.parent_id FROM links l JOIN up ON l.child_id = up.node_id)
            SELECT node_id FROM up;
        INSERT INTO items
            SELECT n.id, COALESCE(o.k, 0)
                + (SELECT COUNT(*) FROM links l JOIN has_data h ON h.node_id = l.child_id WHERE l.parent_id = n.id)
            FROM nodes n LEFT JOIN own o ON o.node_id = n.id;
        """;

    /// <summary>Every downward path from every node with the product of 1 ÷ item count along it; a node's mean is
    /// the sum of coefficient × own capaian over its paths. <c>CROSS JOIN</c> fixes the join order: left to itself,
    /// SQLite 3.53 scans <c>own</c> first and probes the path walk, which does not finish in ten minutes at 50,000
    /// nodes.</summary>
    private const string Query = """
        WITH RECURSIVE paths(root_id, node_id, coef) AS (
            SELECT node_id, node_id, 1.0 / k FROM items WHERE k > 0
            UNION ALL
            SELECT p.root_id, l.child_id, p.coef / i.k
            FROM paths p
            JOIN links l ON l.parent_id = p.node_id
            JOIN items i ON i.node_id = l.child_id
            WHERE i.k > 0)
        SELECT p.root_id, SUM(p.coef * o.s)
        FROM paths p CROSS JOIN own o ON o.node_id = p.node_id
        WHERE o.k > 0
        GROUP BY p.root_id
        """;

    private readonly SqliteConnection _connection;
    private readonly int _count;

    public SqlRollUp(PerformanceTree tree, decimal?[][] capaian)
    {
        _count = tree.Nodes.Count;
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Execute("""
            CREATE TABLE nodes (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
            CREATE TABLE links (parent_id INTEGER NOT NULL, child_id INTEGER NOT NULL, weight REAL NOT NULL);
            CREATE TABLE indicator_values (node_id INTEGER NOT NULL, indicator_id TEXT NOT NULL, capaian REAL);
            """);
        var index = tree.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        using (var transaction = _connection.BeginTransaction())
        {
            using var node = Command("INSERT INTO nodes VALUES ($id, $code, $name)", "$id", "$code", "$name");
            using var link = Command("INSERT INTO links VALUES ($parent, $child, $weight)", "$parent", "$child", "$weight");
            using var value = Command("INSERT INTO indicator_values VALUES ($node, $indicator, $capaian)", "$node", "$indicator", "$capaian");
            for (var i = 0; i < tree.Nodes.Count; i++)
            {
                node.Parameters[0].Value = i;
                node.Parameters[1].Value = tree.Nodes[i].Id;
                node.Parameters[2].Value = tree.Nodes[i].Name;
                node.ExecuteNonQuery();
                for (var k = 0; k < capaian[i].Length; k++)
                {
                    value.Parameters[0].Value = i;
                    value.Parameters[1].Value = tree.Nodes[i].Indicators[k].IndicatorId;
                    value.Parameters[2].Value = capaian[i][k] is { } c ? (double)c : DBNull.Value;
                    value.ExecuteNonQuery();
                }
            }

            foreach (var l in tree.Links)
            {
                link.Parameters[0].Value = index[l.ParentId];
                link.Parameters[1].Value = index[l.ChildId];
                link.Parameters[2].Value = (double)l.Weight;
                link.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Execute("""
            CREATE INDEX links_parent ON links (parent_id, child_id);
            CREATE INDEX links_child ON links (child_id, parent_id);
            CREATE INDEX values_node ON indicator_values (node_id);
            ANALYZE;
            """);
    }

    /// <summary>Every node's mean by declaration index (NaN when it has no data).</summary>
    public double[] Run()
    {
        var values = new double[_count];
        Array.Fill(values, double.NaN);
        Execute(Prepare);
        using var command = _connection.CreateCommand();
        command.CommandText = Query;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            values[reader.GetInt32(0)] = reader.GetDouble(1);
        }

        return values;
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = p });
        }

        command.Prepare();
        return command;
    }
}
