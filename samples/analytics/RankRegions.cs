#!/usr/bin/env dotnet
// Peringkat daerah dan instansi menurut rata-rata capaian dan porsi indikator pada kategori tertinggi, dari tabel
// fakta Parquet (docs/analytics.md), dengan DuckDB; juga nilai dan predikat LKE tiap daerah.
// Regions and agencies ranked by mean capaian and share of indicators in the top band, read from the Parquet facts.
//
//   dotnet run samples/analytics/RankRegions.cs -- [facts-folder] [--sql samples/analytics/rank-regions.sql]
//
// The queries are rank-regions.sql's (found from the current folder upwards, or --sql), with its 'facts/' folder
// replaced by the one given. Write the tables first: dotnet run samples/analytics/WriteFacts.cs -- --out facts
#:package DuckDB.NET.Data.Full@1.5.6.1

using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;

var root = "facts";
string? sqlPath = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--sql": sqlPath = args[++i]; break;
        default: root = args[i]; break;
    }
}

if (!Directory.Exists(Path.Combine(root, "capaian")))
{
    Console.Error.WriteLine($"Tabel capaian tidak ditemukan di {Path.GetFullPath(root)}; tulis dahulu dengan WriteFacts.cs.");
    return 2;
}

var sql = File.ReadAllText(sqlPath ?? Find("samples/analytics/rank-regions.sql"))
    .Replace("'facts/", "'" + Path.GetFullPath(root).Replace("'", "''", StringComparison.Ordinal) + "/", StringComparison.Ordinal);

// Indonesian number formatting (decimal comma, dot groups) without ICU culture data.
var id = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
id.NumberDecimalSeparator = ",";
id.NumberGroupSeparator = ".";

using var connection = new DuckDBConnection("Data Source=:memory:");
connection.Open();
// The file's statements, without its comment lines.
var statements = string.Join('\n', sql.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)))
    .Split(';')
    .Select(s => s.Trim())
    .Where(s => s.Length > 0)
    .ToList();
string[][] headings =
[
    ["Peringkat", "Tahun", "Provinsi", "Kode", "Daerah", "Indikator", "Terukur", "Rata-rata capaian (%)", "Kategori tertinggi (%)"],
    ["Peringkat", "Tahun", "Daerah", "Instansi", "Indikator", "Terukur", "Rata-rata capaian (%)", "Kategori tertinggi (%)"],
    ["Tahun", "Daerah", "Subjek", "Skema", "Nilai LKE", "Predikat", "Keterangan"],
];
string[] titles = ["Peringkat daerah", "Peringkat instansi", "Evaluasi AKIP (LKE)"];
var table = 0;
foreach (var statement in statements)
{
    using var command = connection.CreateCommand();
    command.CommandText = statement;
    if (statement.StartsWith("CREATE", StringComparison.OrdinalIgnoreCase))
    {
        command.ExecuteNonQuery();
        continue;
    }

    using var reader = command.ExecuteReader();
    var rows = new List<string[]> { headings[table] };
    while (reader.Read())
    {
        rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader, i)).ToArray());
    }

    Console.WriteLine(titles[table]);
    Print(rows);
    Console.WriteLine();
    table++;
}

return 0;

string Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? "–" : reader.GetValue(i) switch
{
    decimal d => d.ToString(d.Scale == 0 ? "#,0" : "#,0." + new string('0', d.Scale), id),
    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
    var v => v.ToString() ?? "",
};

static void Print(List<string[]> rows)
{
    var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
    foreach (var row in rows)
    {
        Console.WriteLine("| " + string.Join(" | ", row.Select((cell, c) => cell.PadRight(widths[c]))) + " |");
        if (row == rows[0])
        {
            Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        }
    }
}

static string Find(string relative)
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, relative);
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }

    throw new FileNotFoundException($"{relative} not found from the current folder upwards: give --sql.");
}
