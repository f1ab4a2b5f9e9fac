using Sakip.Domain.Achievement;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Cli.Demo;

/// <summary>Reads the embedded demo data (numbers written the Indonesian way), listing every problem.</summary>
internal static class DemoData
{
    public const string IndicatorsResource = "Sakip.Cli.Demo.kabupaten-contoh-2025.csv";

    public static (IReadOnlyList<DemoIndicator> Indicators, IReadOnlyList<string> Problems) LoadIndicators() =>
        ParseIndicators(ReadResource(IndicatorsResource));

    public static (IReadOnlyList<DemoIndicator> Indicators, IReadOnlyList<string> Problems) ParseIndicators(string text)
    {
        var indicators = new List<DemoIndicator>();
        var problems = new List<string>();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split(';');
            var at = $"line {n + 1}";
            if (f.Length != 10)
            {
                problems.Add($"{at}: expected 10 fields separated by ';', found {f.Length}");
                continue;
            }

            var rowProblems = new List<string>();
            var polarity = f[4] switch
            {
                "positif" => Polarity.Positive,
                "negatif" => Polarity.Negative,
                _ => Fail<Polarity>(rowProblems, $"{at} polaritas: '{f[4]}' is not positif or negatif"),
            };
            var target = Target.TryParse(f[5], Cultures.Indonesian);
            if (target.Failure is { } tf)
            {
                rowProblems.Add($"{at} target: '{f[5]}': {tf.Reason.English}");
            }

            var realisation = Optional(f[6], $"{at} realisasi", rowProblems);
            var ceiling = Optional(f[8], $"{at} pagu", rowProblems);
            var spent = Optional(f[9], $"{at} realisasi_anggaran", rowProblems);
            var allowsNegative = f[7] switch
            {
                "ya" => true,
                "tidak" => false,
                _ => Fail<bool>(rowProblems, $"{at} negatif_boleh: '{f[7]}' is not ya or tidak"),
            };
            if (rowProblems.Count > 0)
            {
                problems.AddRange(rowProblems);
                continue;
            }

            indicators.Add(new DemoIndicator(f[0], f[1], f[2], f[3], polarity, target.Value, realisation, allowsNegative, ceiling?.Value, spent?.Value));
        }

        return (indicators, problems);
    }

    private static Measure? Optional(string text, string at, List<string> problems)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var parsed = Measure.TryParse(text, Cultures.Indonesian);
        if (parsed.Failure is { } failure)
        {
            problems.Add($"{at}: '{text}': {failure.Reason.English}");
            return null;
        }

        return parsed.Value;
    }

    private static T Fail<T>(List<string> problems, string problem)
    {
        problems.Add(problem);
        return default!;
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(DemoData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The demo resource '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
