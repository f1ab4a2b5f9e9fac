using System.Globalization;
using DuckDB.NET.Data;

namespace Sakip.Domain.Analytics.Tests;

/// <summary>Reads the written Parquet files back with DuckDB, the embedded engine the docs name as the default.</summary>
internal static class Duck
{
    /// <summary>The rows of a query, each value as DuckDB's own text (null stays null).</summary>
    public static List<string?[]> Rows(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The single value of a query.</summary>
    public static string? Scalar(string sql) => Rows(sql).Single().Single();

    /// <summary>A table's files under a root, as DuckDB reads them with Hive partitioning (province kept as text).</summary>
    public static string Table(string root, string table) =>
        $"read_parquet('{Path.Combine(root, table).Replace("'", "''", StringComparison.Ordinal)}/**/*.parquet', hive_partitioning = true, hive_types = {{'year': INTEGER, 'province': VARCHAR}})";

    /// <summary>A decimal as DuckDB prints it, read back without rounding (trailing zeros do not change the value).</summary>
    public static decimal? Decimal(string? text) => text is null ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
