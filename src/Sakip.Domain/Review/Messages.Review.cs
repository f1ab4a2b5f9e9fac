using System.Globalization;
using Sakip.Domain.Achievement;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Review.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain;

/// <content>Messages of the alignment review: rule titles and findings.</content>
internal static partial class Messages
{
    // Rule titles (code = rule id)
    public static readonly BilingualText Aln001Title = new("Every agency sasaran supports an RPJMD sasaran", "Setiap sasaran perangkat daerah mendukung sasaran RPJMD");
    public static readonly BilingualText Aln002Title = new("Every RPJMD sasaran is supported by at least one agency sasaran", "Setiap sasaran RPJMD didukung sedikitnya satu sasaran perangkat daerah");
    public static readonly BilingualText Aln003Title = new("Every sasaran has at least one program behind it", "Setiap sasaran didukung sedikitnya satu program");
    public static readonly BilingualText Aln004Title = new("Perjanjian Kinerja targets equal the plan's target of the year, or record why not", "Target perjanjian kinerja sama dengan target rencana pada tahun itu, atau dicatat alasannya");
    public static readonly BilingualText Aln005Title = new("Sasaran indicators are outcomes; tujuan indicators are impacts or outcomes", "Indikator sasaran berupa outcome; indikator tujuan berupa dampak atau outcome");
    public static readonly BilingualText Aln006Title = new("Program indicators are outcomes; kegiatan and sub kegiatan indicators are outputs", "Indikator program berupa outcome; indikator kegiatan dan sub kegiatan berupa output");
    public static readonly BilingualText Aln007Title = new("Yearly targets move in the indicator's direction", "Target tahunan bergerak searah polaritas indikator");
    public static readonly BilingualText Aln008Title = new("Targets are plausible against the baseline", "Target wajar terhadap kondisi awal (baseline)");
    public static readonly BilingualText Aln009Title = new("Units agree along cascading and supporting links", "Satuan selaras sepanjang tautan cascading dan dukungan");
    public static readonly BilingualText Aln010Title = new("Budgets add up each year: sub kegiatan to kegiatan, kegiatan to program", "Anggaran setiap tahun berjumlah sesuai: sub kegiatan ke kegiatan, kegiatan ke program");
    public static readonly BilingualText Aln011Title = new("Every program has an indicator", "Setiap program memiliki indikator");
    public static readonly BilingualText Aln012Title = new("Indicators have a budget behind them, and budgeted items have an indicator", "Indikator didukung anggaran, dan setiap butir beranggaran memiliki indikator");
    public static readonly BilingualText Aln013Title = new("Plan periods overlap the RPJMD period as declared", "Periode rencana beririsan dengan periode RPJMD sebagaimana dinyatakan");
    public static readonly BilingualText Aln014Title = new("Declared end-of-period targets agree with the yearly targets", "Target kondisi akhir yang dinyatakan sesuai dengan target tahunan");
    public static readonly BilingualText Aln015Title = new("Every RPJMD program is in its responsible agency's Renstra", "Setiap program RPJMD termuat dalam Renstra perangkat daerah penanggung jawabnya");
    public static readonly BilingualText Aln016Title = new("Every agency tujuan supports an RPJMD tujuan", "Setiap tujuan perangkat daerah mendukung tujuan RPJMD");
    public static readonly BilingualText Aln018Title = new("An indicator keeps the polarity of the indicator it is cascaded from (the performance tree's own check)", "Indikator mempertahankan polaritas indikator asal cascading-nya (pemeriksaan pohon kinerja)");
    public static readonly BilingualText Aln017Title = new("A Perjanjian Kinerja carries the plan's sasaran indicators of its year", "Perjanjian kinerja memuat indikator sasaran rencana pada tahunnya");

    // Findings
    public static readonly Reason RpjmdSasaranUnsupported = new(
        "rpjmd-sasaran-unsupported",
        "no agency sasaran supports this RPJMD sasaran",
        "tidak ada sasaran perangkat daerah yang mendukung sasaran RPJMD ini");

    public static readonly Reason RpjmdSasaranWithoutProgram = new(
        "sasaran-without-program",
        "no RPJMD program serves this sasaran",
        "tidak ada program RPJMD yang mendukung sasaran ini");

    public static readonly Reason ProgramWithoutIndicator = new(
        "program-without-indicator",
        "the program has no indicator",
        "program tidak memiliki indikator");

    public static readonly Reason IndicatorsWithoutBudget = new(
        "indicators-without-budget",
        "the item has indicators but no budget (none, or 0 in every year)",
        "butir memiliki indikator tetapi tidak memiliki anggaran (kosong, atau 0 di setiap tahun)");

    public static readonly Reason ProgramWithoutResponsibleAgency = new(
        "program-without-agency",
        "the program names no responsible agency",
        "program tidak menyebutkan perangkat daerah penanggung jawab");

    public static Reason AgencySasaranUnsupported(string renstraId) => new(
        "agency-sasaran-unsupported",
        $"this sasaran of Renstra {renstraId} supports no RPJMD sasaran; link it to the RPJMD sasaran it serves",
        $"sasaran Renstra {renstraId} ini tidak mendukung sasaran RPJMD mana pun; tautkan ke sasaran RPJMD yang didukungnya");

    public static Reason AgencyTujuanUnsupported(string renstraId) => new(
        "agency-tujuan-unsupported",
        $"this tujuan of Renstra {renstraId} supports no RPJMD tujuan",
        $"tujuan Renstra {renstraId} ini tidak mendukung tujuan RPJMD mana pun");

    public static Reason AgencySasaranWithoutProgram(string renstraId) => new(
        "sasaran-without-program",
        $"no program, kegiatan or sub kegiatan of Renstra {renstraId} serves this sasaran",
        $"tidak ada program, kegiatan, atau sub kegiatan Renstra {renstraId} yang mendukung sasaran ini");

    public static Reason PkTargetDiffers(int year, string plan, Target agreed, Target planned) => new(
        "pk-target-differs",
        $"the agreed target {ReviewTargetEn(agreed)} differs from the {plan} target {ReviewTargetEn(planned)} for {year}, and no deviation reason is recorded",
        $"target perjanjian {ReviewTargetId(agreed)} berbeda dari target {plan} tahun {year} sebesar {ReviewTargetId(planned)}, dan alasan perbedaannya tidak dicatat");

    public static Reason PkTargetDiffersExplained(int year, string plan, Target agreed, Target planned, string reason) => new(
        "pk-target-differs-explained",
        $"the agreed target {ReviewTargetEn(agreed)} differs from the {plan} target {ReviewTargetEn(planned)} for {year}; reason recorded: {reason}",
        $"target perjanjian {ReviewTargetId(agreed)} berbeda dari target {plan} tahun {year} sebesar {ReviewTargetId(planned)}; alasan yang dicatat: {reason}");

    public static Reason PkTargetWithoutPlan(int year, string plan) => new(
        "pk-target-without-plan",
        $"the {plan} has no target for this indicator in {year} to compare the agreement with",
        $"{plan} tidak memuat target indikator ini pada tahun {year} sebagai pembanding perjanjian");

    public static Reason PkMissesPlanIndicator(string sasaran, string plan, int year, Target planned) => new(
        "pk-misses-indicator",
        $"the agreement does not carry this indicator of sasaran '{sasaran}', which the {plan} targets at {ReviewTargetEn(planned)} for {year}",
        $"perjanjian tidak memuat indikator sasaran '{sasaran}' ini, yang dalam {plan} ditargetkan {ReviewTargetId(planned)} untuk tahun {year}");

    public static Reason IndicatorTypeMismatch(SiteKind site, IndicatorType actual, string expectedEnglish, string expectedIndonesian) => new(
        site is SiteKind.RpjmdTujuan or SiteKind.RpjmdSasaran or SiteKind.RenstraTujuan or SiteKind.RenstraSasaran ? "sasaran-indicator-type" : "item-indicator-type",
        $"this {ReviewSiteEn(site)} indicator is typed {IndicatorTypeEn(actual)}; {ReviewSiteEn(site)} indicators should be {expectedEnglish}",
        $"indikator {ReviewSiteId(site)} ini bertipe {IndicatorTypeId(actual)}; indikator {ReviewSiteId(site)} seharusnya {expectedIndonesian}");

    public static Reason TargetsAgainstPolarity(Polarity polarity, int fromYear, Target from, int toYear, Target to) => polarity == Polarity.Negative
        ? new(
            "targets-against-polarity",
            $"the target rises from {ReviewTargetEn(from)} ({fromYear}) to {ReviewTargetEn(to)} ({toYear}) although lower is better",
            $"target naik dari {ReviewTargetId(from)} ({fromYear}) menjadi {ReviewTargetId(to)} ({toYear}) padahal makin rendah makin baik (polaritas negatif)")
        : new(
            "targets-against-polarity",
            $"the target falls from {ReviewTargetEn(from)} ({fromYear}) to {ReviewTargetEn(to)} ({toYear}) although higher is better",
            $"target turun dari {ReviewTargetId(from)} ({fromYear}) menjadi {ReviewTargetId(to)} ({toYear}) padahal makin tinggi makin baik (polaritas positif)");

    public static Reason FirstTargetWorseThanBaseline(Polarity polarity, int year, Target target, decimal baseline) => new(
        "target-worse-than-baseline",
        $"the first target {ReviewTargetEn(target)} ({year}) is worse than the baseline {ReviewNumber(baseline, Cultures.Invariant)}, as {(polarity == Polarity.Negative ? "lower" : "higher")} is better",
        $"target pertama {ReviewTargetId(target)} ({year}) lebih buruk dari kondisi awal {ReviewNumber(baseline, Cultures.Indonesian)}, karena makin {(polarity == Polarity.Negative ? "rendah" : "tinggi")} makin baik");

    public static Reason TargetJump(int year, Target target, decimal baseline, decimal factor) => new(
        "target-jump",
        $"the target {ReviewTargetEn(target)} ({year}) is more than {ReviewNumber(factor, Cultures.Invariant)} times the baseline {ReviewNumber(baseline, Cultures.Invariant)}; check the unit and the baseline",
        $"target {ReviewTargetId(target)} ({year}) lebih dari {ReviewNumber(factor, Cultures.Indonesian)} kali kondisi awal {ReviewNumber(baseline, Cultures.Indonesian)}; periksa satuan dan kondisi awalnya");

    public static Reason CascadedUnitDiffers(string unit, string parentId, string parentUnit) => new(
        "cascaded-unit-differs",
        $"the unit '{unit}' differs from the unit '{parentUnit}' of '{parentId}', the indicator it is cascaded from",
        $"satuan '{unit}' berbeda dari satuan '{parentUnit}' indikator '{parentId}' yang menjadi induk cascading-nya");

    public static Reason SupportedSasaranUnitMismatch(string unit, string sasaranIds, string units) => new(
        "supported-sasaran-unit-mismatch",
        $"the unit '{unit}' of this cascaded indicator matches no indicator of the supported RPJMD sasaran {sasaranIds} (units: {units})",
        $"satuan '{unit}' indikator cascading ini tidak sama dengan satuan indikator mana pun pada sasaran RPJMD yang didukung {sasaranIds} (satuan: {units})");

    public static Reason BudgetNotSumOfChildren(int year, string children, decimal amount, decimal sum) => new(
        "budget-not-sum",
        $"the {year} budget Rp {ReviewNumber(amount, Cultures.Invariant)} differs from the sum of its {children}, Rp {ReviewNumber(sum, Cultures.Invariant)}",
        $"anggaran tahun {year} Rp {ReviewNumber(amount, Cultures.Indonesian)} berbeda dari jumlah anggaran {children} di bawahnya, Rp {ReviewNumber(sum, Cultures.Indonesian)}");

    public static Reason BudgetWithoutIndicator(decimal total) => new(
        "budget-without-indicator",
        $"the item has a budget (Rp {ReviewNumber(total, Cultures.Invariant)} over the period) but no indicator",
        $"butir memiliki anggaran (Rp {ReviewNumber(total, Cultures.Indonesian)} selama periode) tetapi tidak memiliki indikator");

    public static Reason RenstraOutsideRpjmd(YearSpan renstra, YearSpan rpjmd) => new(
        "period-no-overlap",
        $"the Renstra period {renstra} shares no year with the RPJMD period {rpjmd}",
        $"periode Renstra {renstra} tidak memiliki tahun yang sama dengan periode RPJMD {rpjmd}");

    public static Reason RenstraShifted(YearSpan renstra, YearSpan rpjmd, YearSpan overlap) => new(
        "period-shifted",
        $"the Renstra period {renstra} is shifted against the RPJMD period {rpjmd}; they share {overlap}",
        $"periode Renstra {renstra} bergeser terhadap periode RPJMD {rpjmd}; irisannya {overlap}");

    public static Reason AgreementOutsideRpjmd(int year, YearSpan rpjmd) => new(
        "agreement-outside-period",
        $"the head of region's agreement for {year} lies outside the RPJMD period {rpjmd}",
        $"perjanjian kinerja kepala daerah tahun {year} berada di luar periode RPJMD {rpjmd}");

    public static Reason EndTargetDiffers(Target declared, Target derived, AccumulationType accumulation) => new(
        "end-target-differs",
        $"the declared end-of-period target {ReviewTargetEn(declared)} differs from {ReviewTargetEn(derived)}, the {AccumulationWordEn(accumulation)} of the yearly targets",
        $"target kondisi akhir yang dinyatakan {ReviewTargetId(declared)} berbeda dari {ReviewTargetId(derived)}, yaitu {AccumulationWordId(accumulation)} target tahunan");

    public static Reason ProgramNotInAgencyRenstra(string agency, string renstraId) => new(
        "program-not-in-renstra",
        $"the responsible agency {agency} has Renstra {renstraId}, which does not contain this program",
        $"perangkat daerah penanggung jawab {agency} memiliki Renstra {renstraId} yang tidak memuat program ini");

    public static Reason ResponsibleAgencyWithoutRenstra(string agency) => new(
        "agency-without-renstra",
        $"the document holds no Renstra of the responsible agency {agency}, so the program cannot be traced into it",
        $"dokumen tidak memuat Renstra perangkat daerah penanggung jawab {agency}, sehingga program tidak dapat ditelusuri");

    private static string ReviewTargetEn(Target target) => target.ToString(null, Cultures.Invariant);

    private static string ReviewTargetId(Target target) => target.ToString(null, Cultures.Indonesian);

    private static string ReviewNumber(decimal value, CultureInfo culture) => value.ToString("#,0.##########", culture);

    private static string ReviewSiteEn(SiteKind site) => site switch
    {
        SiteKind.RpjmdTujuan => "RPJMD tujuan",
        SiteKind.RpjmdSasaran => "RPJMD sasaran",
        SiteKind.RpjmdProgram => "RPJMD program",
        SiteKind.RenstraTujuan => "agency tujuan",
        SiteKind.RenstraSasaran => "agency sasaran",
        SiteKind.Program => "program",
        SiteKind.Kegiatan => "kegiatan",
        _ => "sub kegiatan",
    };

    private static string ReviewSiteId(SiteKind site) => site switch
    {
        SiteKind.RpjmdTujuan => "tujuan RPJMD",
        SiteKind.RpjmdSasaran => "sasaran RPJMD",
        SiteKind.RpjmdProgram => "program RPJMD",
        SiteKind.RenstraTujuan => "tujuan perangkat daerah",
        SiteKind.RenstraSasaran => "sasaran perangkat daerah",
        SiteKind.Program => "program",
        SiteKind.Kegiatan => "kegiatan",
        _ => "sub kegiatan",
    };

    private static string IndicatorTypeEn(IndicatorType type) => type switch
    {
        IndicatorType.Input => "input",
        IndicatorType.Output => "output",
        IndicatorType.Outcome => "outcome",
        _ => "impact",
    };

    private static string IndicatorTypeId(IndicatorType type) => type switch
    {
        IndicatorType.Input => "input (masukan)",
        IndicatorType.Output => "output (keluaran)",
        IndicatorType.Outcome => "outcome (hasil)",
        _ => "dampak (impact)",
    };

    private static string AccumulationWordEn(AccumulationType type) => type switch
    {
        AccumulationType.LastValue => "final year's value",
        AccumulationType.Average => "mean",
        _ => "sum",
    };

    private static string AccumulationWordId(AccumulationType type) => type switch
    {
        AccumulationType.LastValue => "nilai tahun terakhir",
        AccumulationType.Average => "rata-rata",
        _ => "jumlah",
    };
}
