using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets;

/// <summary>A fixed list of words a cell may hold (an enum's members): each value with its JSON id and its label in
/// either language. A cell matches the JSON id or either label, ignoring case.</summary>
internal sealed class ChoiceSet(params (int Value, string Json, string English, string Indonesian)[] items)
{
    public IReadOnlyList<(int Value, string Json, string English, string Indonesian)> Items { get; } = items;

    public string Label(int value, Language language)
    {
        var item = Items.First(i => i.Value == value);
        return language == Language.Indonesian ? item.Indonesian : item.English;
    }

    public int? Find(string text)
    {
        var t = text.Trim();
        foreach (var item in Items)
        {
            if (string.Equals(t, item.Json, StringComparison.OrdinalIgnoreCase) || string.Equals(t, item.English, StringComparison.OrdinalIgnoreCase)
                || string.Equals(t, item.Indonesian, StringComparison.OrdinalIgnoreCase))
            {
                return item.Value;
            }
        }

        return null;
    }

    /// <summary>The labels of a language, separated by commas (a dropdown's list, and a problem's hint).</summary>
    public string Labels(Language language) => string.Join(",", Items.Select(i => language == Language.Indonesian ? i.Indonesian : i.English));
}

/// <summary>One column of a plan sheet: a stable key, its heading in both languages and its width.</summary>
internal sealed record PlanColumn(string Key, string English, string Indonesian, double Width, ChoiceSet? Choices = null, bool Numeric = false)
{
    public string Heading(Language language) => language == Language.Indonesian ? Indonesian : English;
}

/// <summary>The columns one per plan year a sheet ends with: none, a budget, or a target (value or lower bound, and upper
/// bound).</summary>
internal enum YearColumns
{
    None,
    Budget,
    Targets,
}

/// <summary>One sheet of the plan workbook: its name, title and fixed columns.</summary>
internal sealed record PlanSheet(string Name, string English, string Indonesian, PlanColumn[] Columns, YearColumns Years = YearColumns.None)
{
    public int Column(string key) => Array.FindIndex(Columns, c => c.Key == key) + 1;

    public string Title(Language language) => language == Language.Indonesian ? Indonesian : English;
}

/// <summary>Where everything is on the plan workbook (docs/spreadsheets-plan-data.md): the sheets, their columns, the
/// info sheet's rows and the words of each language. Shared by the writer and the reader.</summary>
internal static partial class PlanLayout
{
    public const string FormatId = "sakip-plan";
    public const int FormatVersion = 1;

    /// <summary>Every table sheet has a title in row 1 (merged across its columns), headings in row 2, rows from 3.</summary>
    public const int HeaderRow = 2;
    public const int FirstRow = 3;

    /// <summary>The years a template has columns for, and the fewest any workbook has.</summary>
    public const int MinimumYears = 6;

    // Info sheet: labels in column A, values in column B.
    public const int InfoFormatRow = 3;
    public const int InfoVersionRow = 4;
    public const int InfoCultureRow = 5;
    public const int InfoRegionCodeRow = 6;
    public const int InfoRegionNameRow = 7;
    public const int InfoRegionKindRow = 8;
    public const int InfoRuleSetRow = 9;
    public const int InfoRpjmdIdRow = 10;
    public const int InfoRpjmdFirstRow = 11;
    public const int InfoRpjmdLastRow = 12;
    public const int InfoVisiRow = 13;
    public const int InfoIkuRow = 14;
    public const int InfoHelpRow = 16;

    public const string InfoSheet = "Info";

    /// <summary>The separator of several ids in one cell: a line break.</summary>
    public const char ListSeparator = '\n';

    public static readonly ChoiceSet PolarityChoices = new(
        (0, "positive", "positive", "positif"),
        (1, "negative", "negative", "negatif"));

    public static readonly ChoiceSet AccumulationChoices = new(
        (0, "cumulative", "cumulative", "kumulatif"),
        (1, "lastValue", "last value", "nilai akhir"),
        (2, "average", "average", "rata-rata"));

    public static readonly ChoiceSet TypeChoices = new(
        (0, "input", "input", "input"),
        (1, "output", "output", "output"),
        (2, "outcome", "outcome", "outcome"),
        (3, "impact", "impact", "dampak"));

    public static readonly ChoiceSet FrequencyChoices = new(
        (0, "year", "yearly", "tahunan"),
        (1, "semester", "half-yearly", "semesteran"),
        (2, "quarter", "quarterly", "triwulanan"),
        (3, "month", "monthly", "bulanan"));

    public static readonly ChoiceSet RegionKindChoices = new(
        (0, "province", "province", "provinsi"),
        (1, "regency", "regency", "kabupaten"),
        (2, "city", "city", "kota"));

    public static readonly ChoiceSet LevelChoices = new(
        (0, "headOfRegion", "head of region", "kepala daerah"),
        (1, "echelonII", "echelon II", "eselon II"),
        (2, "echelonIII", "echelon III", "eselon III"),
        (3, "echelonIV", "echelon IV", "eselon IV"));

    public static readonly ChoiceSet YesNo = new(
        (0, "false", "no", "tidak"),
        (1, "true", "yes", "ya"));

    /// <summary>The kinds of plan element a planned indicator belongs to.</summary>
    public static readonly ChoiceSet ElementChoices = new(
        (0, "tujuan", "goal", "tujuan"),
        (1, "sasaran", "objective", "sasaran"),
        (2, "program", "program", "program"));

    public const int ElementTujuan = 0;
    public const int ElementSasaran = 1;
    public const int ElementProgram = 2;

    public static readonly PlanSheet IndicatorSheet = new("Indikator", "Indicator definitions", "Definisi indikator",
    [
        new("id", "Id", "Id", 14),
        new("name", "Name", "Nama", 40),
        new("unit", "Unit", "Satuan", 12),
        new("polarity", "Polarity", "Polaritas", 12, PolarityChoices),
        new("accumulation", "Accumulation", "Akumulasi", 14, AccumulationChoices),
        new("type", "Type", "Jenis", 12, TypeChoices),
        new("objective", "Objective", "Tujuan indikator", 30),
        new("rationale", "Rationale", "Alasan pemilihan", 30),
        new("definition", "Definition", "Definisi operasional", 30),
        new("formulaText", "Formula", "Formulasi", 30),
        new("dataSource", "Data source", "Sumber data", 20),
        new("responsibleUnit", "Responsible unit", "Penanggung jawab", 20),
        new("reportingFrequency", "Reporting frequency", "Frekuensi pelaporan", 16, FrequencyChoices),
        new("allowsNegativeValues", "Negative values allowed", "Boleh negatif", 12, YesNo),
        new("cascadedFrom", "Cascaded from", "Turunan dari", 14),
        new("formulaId", "Capaian formula id", "Id rumus capaian", 20),
    ]);

    public static readonly PlanSheet RenstraSheet = new("Renstra", "Renstra of the agencies", "Renstra perangkat daerah",
    [
        new("id", "Id", "Id", 28),
        new("agencyCode", "Agency code", "Kode PD", 24),
        new("agencyName", "Agency name", "Nama PD", 36),
        new("first", "First year", "Tahun awal", 11, Numeric: true),
        new("last", "Last year", "Tahun akhir", 11, Numeric: true),
    ]);

    public static readonly PlanSheet MisiSheet = new("Misi", "RPJMD missions", "Misi RPJMD",
    [
        new("id", "Id", "Id", 10),
        new("text", "Text", "Uraian", 70),
    ]);

    public static readonly PlanSheet TujuanSheet = new("Tujuan", "Goals (RPJMD and Renstra)", "Tujuan (RPJMD dan Renstra)",
    [
        new("plan", "Plan", "Rencana", 26),
        new("id", "Id", "Id", 10),
        new("text", "Text", "Uraian", 60),
        new("misiId", "Mission (RPJMD)", "Misi (RPJMD)", 12),
        new("supports", "Supports RPJMD goals (Renstra)", "Mendukung tujuan RPJMD (Renstra)", 20),
    ]);

    public static readonly PlanSheet SasaranSheet = new("Sasaran", "Objectives (RPJMD and Renstra)", "Sasaran (RPJMD dan Renstra)",
    [
        new("plan", "Plan", "Rencana", 26),
        new("id", "Id", "Id", 10),
        new("text", "Text", "Uraian", 60),
        new("tujuanId", "Goal", "Tujuan", 10),
        new("supports", "Supports RPJMD objectives (Renstra)", "Mendukung sasaran RPJMD (Renstra)", 20),
    ]);

    public static readonly PlanSheet StrategiSheet = new("Strategi", "Strategies", "Strategi",
    [
        new("plan", "Plan", "Rencana", 26),
        new("id", "Id", "Id", 10),
        new("text", "Text", "Uraian", 60),
        new("sasaranId", "Objective", "Sasaran", 10),
    ]);

    public static readonly PlanSheet ArahSheet = new("ArahKebijakan", "Policy directions", "Arah kebijakan",
    [
        new("plan", "Plan", "Rencana", 26),
        new("id", "Id", "Id", 10),
        new("text", "Text", "Uraian", 60),
        new("strategiId", "Strategy", "Strategi", 10),
    ]);

    public static readonly PlanSheet ProgramSheet = new("Program", "Programs, kegiatan and sub kegiatan, with the budget per plan year", "Program, kegiatan dan sub kegiatan, dengan pagu per tahun rencana",
    [
        new("plan", "Plan", "Rencana", 26),
        new("code", "Code", "Kode", 20),
        new("name", "Name", "Nama", 40),
        new("sasaranIds", "Objectives", "Sasaran", 12),
        new("responsibleAgency", "Responsible agency (RPJMD)", "PD penanggung jawab (RPJMD)", 24),
        new("responsibleUnit", "Responsible unit (Renstra)", "Unit penanggung jawab (Renstra)", 24),
    ], YearColumns.Budget);

    public static readonly PlanSheet PlannedSheet = new("IndikatorRencana", "Indicators of plan elements, with the target per plan year (year 1 = the plan's first year; a range fills both columns)", "Indikator unsur rencana, dengan target per tahun rencana (th-1 = tahun awal rencana; rentang mengisi kedua kolom)",
    [
        new("plan", "Plan", "Rencana", 26),
        new("element", "Element", "Unsur", 10, ElementChoices),
        new("key", "Element id or code", "Id atau kode unsur", 18),
        new("indicatorId", "Indicator", "Indikator", 14),
        new("baseline", "Baseline", "Kondisi awal", 12, Numeric: true),
        new("end", "End target", "Kondisi akhir", 12, Numeric: true),
        new("endUpper", "End target upper", "Kondisi akhir atas", 12, Numeric: true),
    ], YearColumns.Targets);

    public static readonly PlanSheet AgreementSheet = new("PK", "Perjanjian Kinerja", "Perjanjian Kinerja",
    [
        new("id", "Id", "Id", 20),
        new("year", "Year", "Tahun", 8, Numeric: true),
        new("agency", "Agency code (empty: head of region)", "Kode PD (kosong: kepala daerah)", 24),
        new("official", "Official", "Pejabat", 28),
        new("position", "Position", "Jabatan", 28),
        new("level", "Level", "Tingkat", 14, LevelChoices),
    ]);

    public static readonly PlanSheet AgreementTargetSheet = new("PKTarget", "Perjanjian Kinerja targets", "Target Perjanjian Kinerja",
    [
        new("pk", "Agreement", "PK", 20),
        new("sasaranId", "Objective", "Sasaran", 10),
        new("indicatorId", "Indicator", "Indikator", 14),
        new("target", "Target", "Target", 12, Numeric: true),
        new("upper", "Target upper", "Target atas", 12, Numeric: true),
        new("deviationReason", "Deviation reason", "Alasan deviasi", 40),
    ]);

    public static readonly PlanSheet AgreementProgramSheet = new("PKProgram", "Perjanjian Kinerja programs and budget", "Program dan anggaran Perjanjian Kinerja",
    [
        new("pk", "Agreement", "PK", 20),
        new("code", "Code", "Kode", 20),
        new("budget", "Budget", "Anggaran", 18, Numeric: true),
    ]);

    public static readonly PlanSheet ActionPlanSheet = new("RencanaAksi", "Rencana Aksi: period targets of agreement indicators", "Rencana Aksi: target per periode indikator PK",
    [
        new("pk", "Agreement", "PK", 20),
        new("indicatorId", "Indicator", "Indikator", 14),
        new("period", "Period", "Periode", 10),
        new("target", "Target", "Target", 12, Numeric: true),
        new("upper", "Target upper", "Target atas", 12, Numeric: true),
    ]);

    public static readonly PlanSheet RealisationSheet = new("Realisasi", "Indicator realisations", "Realisasi indikator",
    [
        new("indicatorId", "Indicator", "Indikator", 14),
        new("period", "Period", "Periode", 10),
        new("value", "Value", "Nilai", 14, Numeric: true),
        new("agency", "Agency code", "Kode PD", 24),
    ]);

    public static readonly PlanSheet BudgetRealisationSheet = new("RealisasiAnggaran", "Budget realisations", "Realisasi anggaran",
    [
        new("code", "Code", "Kode", 20),
        new("agency", "Agency code", "Kode PD", 24),
        new("period", "Period", "Periode", 10),
        new("amount", "Amount", "Jumlah", 18, Numeric: true),
    ]);

    /// <summary>The table sheets in workbook order (after <see cref="InfoSheet"/>).</summary>
    public static readonly PlanSheet[] AllSheets = [IndicatorSheet, RenstraSheet, MisiSheet, TujuanSheet, SasaranSheet, StrategiSheet, ArahSheet, ProgramSheet, PlannedSheet, AgreementSheet, AgreementTargetSheet, AgreementProgramSheet, ActionPlanSheet, RealisationSheet, BudgetRealisationSheet];

    public static string YearHeading(YearColumns kind, int year, bool upper, Language language) => (kind, language) switch
    {
        (YearColumns.Budget, Language.Indonesian) => string.Create(CultureInfo.InvariantCulture, $"Pagu th-{year}"),
        (YearColumns.Budget, _) => string.Create(CultureInfo.InvariantCulture, $"Budget y{year}"),
        (_, Language.Indonesian) => string.Create(CultureInfo.InvariantCulture, $"Target th-{year}{(upper ? " atas" : "")}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"Target y{year}{(upper ? " upper" : "")}"),
    };

    /// <summary>The plan year and bound a year column's heading names, or null.</summary>
    public static (int Year, bool Upper)? ParseYearHeading(YearColumns kind, string heading)
    {
        var match = (kind == YearColumns.Budget ? BudgetHeading() : TargetHeading()).Match(heading.Trim());
        if (!match.Success || !int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1 or > 9999)
        {
            return null;
        }

        return (year, match.Groups["upper"].Success);
    }

    [GeneratedRegex(@"^(?:pagu th-|budget y)(?<year>\d{1,4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BudgetHeading();

    [GeneratedRegex(@"^target (?:th-|y)(?<year>\d{1,4})(?<upper> atas| upper)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetHeading();

    public static BilingualText InfoLabel(int row) => row switch
    {
        InfoFormatRow => new("Format", "Format"),
        InfoVersionRow => new("Format version", "Versi format"),
        InfoCultureRow => new("Number format of numbers typed as text", "Format angka yang diketik sebagai teks"),
        InfoRegionCodeRow => new("Region code", "Kode wilayah"),
        InfoRegionNameRow => new("Region name", "Nama wilayah"),
        InfoRegionKindRow => new("Region kind", "Jenis wilayah"),
        InfoRuleSetRow => new("Rule set id (optional)", "Id aturan capaian (opsional)"),
        InfoRpjmdIdRow => new("RPJMD id (empty: no RPJMD)", "Id RPJMD (kosong: tanpa RPJMD)"),
        InfoRpjmdFirstRow => new("RPJMD first year", "Tahun awal RPJMD"),
        InfoRpjmdLastRow => new("RPJMD last year", "Tahun akhir RPJMD"),
        InfoVisiRow => new("Vision (visi)", "Visi"),
        _ => new("RPJMD IKU (one indicator id per line)", "IKU RPJMD (satu id indikator per baris)"),
    };

    public static readonly int[] InfoRows = [InfoFormatRow, InfoVersionRow, InfoCultureRow, InfoRegionCodeRow, InfoRegionNameRow, InfoRegionKindRow, InfoRuleSetRow, InfoRpjmdIdRow, InfoRpjmdFirstRow, InfoRpjmdLastRow, InfoVisiRow, InfoIkuRow];

    /// <summary>The culture a workbook names for numbers typed as text, by its name on the info sheet.</summary>
    public static CultureInfo? Culture(string name) => name.Trim().ToUpperInvariant() switch
    {
        "ID-ID" or "ID" => Cultures.Indonesian,
        "INVARIANT" or "EN" or "EN-US" => Cultures.Invariant,
        _ => null,
    };

    public static string CultureName(CultureInfo culture) => ReferenceEquals(culture, Cultures.Indonesian) ? "id-ID" : culture.Name.Length == 0 ? "invariant" : culture.Name;
}
