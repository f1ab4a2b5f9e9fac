using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Text;
using static Sakip.Domain.Spreadsheets.Tests.CapaianTables;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>The capaian table as CSV, in the invariant and the Indonesian culture.</summary>
public class CapaianCsvTests
{
    private static string Csv(Domain.Planning.MeasurementReport report, CapaianCsvOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        CapaianCsv.Write(report, writer, options);
        return writer.ToString();
    }

    /// <summary>An RFC 4180 reader, independent of the writer: quoted fields, doubled quotes, CR LF records.</summary>
    private static List<string[]> Parse(string text, char separator)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(ch);
            }
        }

        Assert.Equal(0, field.Length);
        return records;
    }

    [Property(MaxTest = 40)]
    public Property Write_EitherCulture_EveryIndicatorReadsBack() =>
        Prop.ForAll(Reports.ToArbitrary(), Gen.Elements(CapaianCsvOptions.Invariant, CapaianCsvOptions.Indonesian).ToArbitrary(), (report, options) =>
        {
            var records = Parse(Csv(report, options), options.Separator);
            var rows = CapaianWorkbook.Rows(report).Where(r => r.Kind == CapaianRowKind.Indicator).ToList();
            var ok = records.Count == rows.Count + 1 && records.All(r => r.Length == 17) && records[0][0] == "agreement_id";
            for (var i = 0; ok && i < rows.Count; i++)
            {
                var row = rows[i];
                var record = records[i + 1];
                var target = Values.Target.TryParse(record[10], options.Culture).GetValueOrThrow();
                ok = record[7] == row.Id && record[8] == row.Text && record[9] == (row.Unit ?? string.Empty)
                    && target == row.Target
                    && (record[11].Length == 0 ? row.Realisation is null : Values.DecimalReader.TryParse(record[11], options.Culture).GetValueOrThrow() == row.Realisation)
                    && (record[13].Length == 0 ? row.Capaian is null : decimal.Parse(record[13], NumberStyles.Float, options.Culture) == row.Capaian)
                    && record[12] == CapaianCsv.StatusId(row.Status!.Value);
            }

            return ok.Label(Csv(report, options));
        });

    [Fact]
    public void Write_Indonesian_SemicolonsAndDecimalCommas()
    {
        var csv = Csv(Demo(), CapaianCsvOptions.Indonesian);
        var lines = csv.Split("\r\n");
        Assert.StartsWith("agreement_id;agreement;position;sasaran_id;", lines[0], StringComparison.Ordinal);
        var first = Parse(csv, ';')[1];
        Assert.Matches(@"^\d+,\d\d$", first[13]);
        Assert.DoesNotContain('.', first[13]);
    }

    [Fact]
    public void Write_Invariant_CommasAndDecimalPoints()
    {
        var csv = Csv(Demo(), CapaianCsvOptions.Invariant);
        Assert.StartsWith("agreement_id,agreement,position,sasaran_id,", csv, StringComparison.Ordinal);
        var first = Parse(csv, ',')[1];
        Assert.Matches(@"^\d+\.\d\d$", first[13]);
        Assert.Equal("achieved", first[12]);
    }

    [Fact]
    public void Write_SameReport_SameText() => Assert.Equal(Csv(Demo(), CapaianCsvOptions.Indonesian), Csv(Demo(), CapaianCsvOptions.Indonesian));

    [Theory]
    [InlineData("plain", ',', "plain")]
    [InlineData("a,b", ',', "\"a,b\"")]
    [InlineData("a,b", ';', "a,b")]
    [InlineData("a;b", ';', "\"a;b\"")]
    [InlineData("say \"hi\"", ',', "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", ',', "\"two\nlines\"")]
    [InlineData(" padded ", ',', "\" padded \"")]
    [InlineData("", ',', "")]
    public void Quote_Rfc4180(string field, char separator, string expected) => Assert.Equal(expected, CsvText.Quote(field, separator));

    [Fact]
    public void Separator_FollowsTheDecimalSeparator()
    {
        Assert.Equal(';', CapaianCsvOptions.Indonesian.Separator);
        Assert.Equal(',', CapaianCsvOptions.Invariant.Separator);
        Assert.Equal(';', (CapaianCsvOptions.Invariant with { Culture = Cultures.Indonesian }).Separator);
    }
}
