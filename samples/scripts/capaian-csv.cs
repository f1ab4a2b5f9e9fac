#!/usr/bin/env dotnet
// Tabel capaian kinerja sebuah daerah ke CSV: satu baris per indikator (instansi, sasaran, indikator, satuan, target,
// realisasi, capaian, kategori, rumus), dengan budaya angka yang dinyatakan: id (koma desimal, pemisah ';') atau
// invariant (titik desimal, pemisah ',').
// A region's capaian table to CSV, one row per indicator, in an explicit number culture.
//
//   dotnet run samples/scripts/capaian-csv.cs -- [document.sakip.json] [--year 2025] [--culture id|invariant] [--out file.csv]
//
// The document defaults to the repository's demo (src/Sakip.Cli/Demo/kabupaten-contoh.sakip.json, found from the
// current folder upwards); the year to the latest year with a Perjanjian Kinerja. The packages come from NuGet, or
// from a local folder of packed packages: see samples/scripts/README.md.
#:package Sakip.Domain@0.1.0-alpha.1
#:package Sakip.Domain.Json@0.1.0-alpha.1

using System.Globalization;
using System.Text;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;

var options = Options.Parse(args);
var read = SakipDocumentJson.Read(File.ReadAllText(options.Document));
if (!read.IsSuccess)
{
    read.Problems.ToList().ForEach(p => Console.Error.WriteLine(p.ToString(Language.Indonesian)));
    return 2;
}

var document = read.GetValueOrThrow();
var rules = document.RuleSetId is { } id ? RuleSets.Get(id) : RuleSets.Default;
var year = options.Year ?? document.PerjanjianKinerja.Max(pk => pk.Year);
var measured = new PerformanceMeasurement(rules).Measure(document, year);
if (!measured.IsSuccess)
{
    measured.Problems.ToList().ForEach(p => Console.Error.WriteLine(p.ToString(Language.Indonesian)));
    return 2;
}

// Cultures.Indonesian is the library's own id-ID number format: it works without ICU data (invariant globalization).
var indonesian = options.Culture == "id";
var culture = indonesian ? Cultures.Indonesian : CultureInfo.InvariantCulture;
var separator = indonesian ? ';' : ',';
var csv = new StringBuilder();
Row(indonesian
    ? ["instansi", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian", "kategori", "rumus"]
    : ["agency", "sasaran", "indicator", "unit", "target", "realisation", "capaian", "band", "formula"]);
foreach (var agreement in measured.GetValueOrThrow().Agreements)
{
    foreach (var sasaran in agreement.Sasaran)
    {
        foreach (var row in sasaran.Indicators)
        {
            Row([
                agreement.Name,
                sasaran.Sasaran,
                row.Name,
                row.Unit,
                row.Target.ToString(null, culture),
                row.Realisation?.ToString(null, culture) ?? "",
                row.Result.Presented?.Value.ToString(culture) ?? "",
                row.Result.Band?.Label.In(indonesian ? Language.Indonesian : Language.English) ?? "",
                row.Result.Explanation.FormulaId ?? "",
            ]);
        }
    }
}

if (options.Out is { } path)
{
    File.WriteAllText(path, csv.ToString(), new UTF8Encoding(false));
    Console.WriteLine($"{csv.ToString().Count(c => c == '\n') - 1} baris → {path}");
}
else
{
    Console.Write(csv.ToString());
}

return 0;

void Row(string[] fields) => csv.Append(string.Join(separator, fields.Select(Quote))).Append('\n');

string Quote(string field) => field.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

sealed record Options(string Document, int? Year, string Culture, string? Out)
{
    public static Options Parse(string[] args)
    {
        string? document = null, culture = "id", output = null;
        int? year = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--year": year = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--culture": culture = args[++i] is "id" or "id-ID" ? "id" : args[i] is "invariant" ? "invariant" : throw new ArgumentException("--culture takes id or invariant"); break;
                case "--out": output = args[++i]; break;
                default: document = args[i]; break;
            }
        }

        return new(document ?? Demo(), year, culture, output);
    }

    // The repository's demo document, looked for from the current folder upwards.
    static string Demo()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Sakip.Cli", "Demo", "kabupaten-contoh.sakip.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Give a document path: the demo document was not found above the current folder.");
    }
}
