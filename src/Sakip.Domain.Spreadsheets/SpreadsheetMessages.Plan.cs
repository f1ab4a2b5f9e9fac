using System.Globalization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets;

/// <summary>The problems of the plan workbook reader (docs/spreadsheets-plan-data.md), in English and Indonesian.</summary>
internal static partial class SpreadsheetMessages
{
    public static readonly Reason NotAPlanWorkbook = new(
        "plan-workbook-format",
        "not a plan data workbook: this cell must say 'sakip-plan' (write a template with 'sakip import template')",
        "bukan buku kerja data perencanaan: sel ini harus berisi 'sakip-plan' (tulis templat dengan 'sakip import template')");

    public static readonly Reason Formula = new(
        "workbook-formula",
        "a formula where a value belongs; type the value itself (or read with formulas' calculated values allowed)",
        "rumus di tempat nilai; ketik nilainya langsung (atau baca dengan nilai hasil rumus diizinkan)");

    public static readonly Reason FormulaWithoutValue = new(
        "workbook-formula-no-value",
        "a formula the program that saved the workbook never calculated, so it has no value",
        "rumus yang tidak pernah dihitung oleh program yang menyimpan buku kerja, sehingga tidak bernilai");

    public static readonly Reason NotANumberCell = new(
        "workbook-not-a-number",
        "a logical value or an error where a number belongs",
        "nilai logika atau galat di tempat angka");

    public static readonly Reason NotWhole = new(
        "workbook-not-whole",
        "not a whole number",
        "bukan bilangan bulat");

    public static readonly Reason UpperWithoutLower = new(
        "workbook-upper-without-lower",
        "an upper bound without a target beside it; a range fills both columns, a point target only the first",
        "batas atas tanpa target di sebelahnya; rentang mengisi kedua kolom, target tunggal hanya kolom pertama");

    public static readonly Reason NoRpjmd = new(
        "plan-workbook-no-rpjmd",
        "a row of the RPJMD, but the workbook has no RPJMD (its id on sheet Info is empty)",
        "baris RPJMD, tetapi buku kerja tidak memiliki RPJMD (id-nya di lembar Info kosong)");

    public static readonly Reason PeriodWithoutTarget = new(
        "workbook-period-without-target",
        "a period without a target; fill in the target, or clear the period",
        "periode tanpa target; isi targetnya, atau kosongkan periodenya");

    public static Reason NumberText(string text, string culture, Reason why) => new(
        "workbook-number-text",
        $"'{text}' is not a number in {culture} ({why.Message.English})",
        $"'{text}' bukan angka dalam format {culture} ({why.Message.Indonesian})");

    public static Reason UnknownCulture(string text) => new(
        "plan-workbook-unknown-culture",
        $"'{text}' is no number format; write id-ID (4,88) or invariant (4.88)",
        $"'{text}' bukan format angka; tulis id-ID (4,88) atau invariant (4.88)");

    public static Reason Version(string text) => new(
        "plan-workbook-version",
        string.Create(CultureInfo.InvariantCulture, $"format version '{text}' is not one this library reads ({PlanLayout.FormatVersion})"),
        string.Create(CultureInfo.InvariantCulture, $"versi format '{text}' tidak dapat dibaca pustaka ini ({PlanLayout.FormatVersion})"));

    public static Reason UnknownChoice(string text, string english, string indonesian) => new(
        "workbook-unknown-choice",
        $"'{text}' is not one of {english}",
        $"'{text}' bukan salah satu dari {indonesian}");

    public static Reason UnknownColumn(string heading, string sheet) => new(
        "plan-workbook-unknown-column",
        $"'{heading}' is no column of sheet '{sheet}' (renamed? remove it or restore its heading)",
        $"'{heading}' bukan kolom lembar '{sheet}' (diganti namanya? hapus, atau kembalikan judulnya)");

    public static Reason DuplicateColumn(string heading) => new(
        "plan-workbook-duplicate-column",
        $"the column '{heading}' is given twice",
        $"kolom '{heading}' muncul dua kali");

    public static Reason MissingColumn(BilingualText heading) => new(
        "plan-workbook-missing-column",
        $"the sheet has no column '{heading.English}'",
        $"lembar tidak memiliki kolom '{heading.Indonesian}'");

    public static Reason NotApplicable(BilingualText what) => new(
        "plan-workbook-not-applicable",
        $"this column is for {what.English} only; leave it empty here",
        $"kolom ini hanya untuk {what.Indonesian}; kosongkan di sini");

    public static Reason UnknownPlan(string id) => new(
        "plan-workbook-unknown-plan",
        $"no plan has the id '{id}' (the RPJMD's on sheet Info, or a Renstra's on sheet Renstra)",
        $"tidak ada rencana dengan id '{id}' (id RPJMD di lembar Info, atau id Renstra di lembar Renstra)");

    public static Reason DuplicatePlan(string id) => new(
        "plan-workbook-duplicate-plan",
        $"the plan id '{id}' is given twice (the RPJMD and every Renstra need their own)",
        $"id rencana '{id}' muncul dua kali (RPJMD dan setiap Renstra memerlukan id sendiri)");

    public static Reason UnknownElement(string plan, string element, string key) => new(
        "plan-workbook-unknown-element",
        $"plan '{plan}' has no {element} '{key}'",
        $"rencana '{plan}' tidak memiliki {element} '{key}'");

    public static Reason UnknownAgreement(string id) => new(
        "plan-workbook-unknown-agreement",
        $"no Perjanjian Kinerja has the id '{id}' (sheet PK)",
        $"tidak ada Perjanjian Kinerja dengan id '{id}' (lembar PK)");

    public static Reason YearBeyondPeriod(int year, int length) => new(
        "plan-workbook-year-beyond-period",
        string.Create(CultureInfo.InvariantCulture, $"plan year {year} of a plan of {length} years; leave it empty"),
        string.Create(CultureInfo.InvariantCulture, $"tahun rencana ke-{year} dari rencana {length} tahun; kosongkan"));

    public static readonly Reason OutsideTable = new(
        "plan-workbook-outside-table",
        "a value in a column without a heading; give the column its heading, or clear the cell",
        "nilai di kolom tanpa judul; beri kolom itu judulnya, atau kosongkan selnya");

    public static readonly Reason BadPeriod = new(
        "plan-workbook-period",
        "not a plan period: years 1 to 9999, the last not before the first",
        "bukan periode rencana: tahun 1 sampai 9999, tahun akhir tidak sebelum tahun awal");
}
