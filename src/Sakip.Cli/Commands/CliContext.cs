using System.CommandLine;
using System.Globalization;
using Sakip.Domain.Text;

namespace Sakip.Cli.Commands;

/// <summary>
/// The one rule every command follows for language and numbers: <c>--lang id|en</c> (default <c>id</c>) chooses the
/// language of every sentence, header, label and message; <c>--culture</c> chooses how numbers are printed and how
/// numbers given as arguments are read, by default the language's own (<c>id</c>: Indonesian, 1.234,5; <c>en</c>:
/// invariant, 1,234.5 printed as 1234.5). JSON output is always invariant.
/// </summary>
/// <remarks>Both options are defined once, on the root command (recursive), and resolved once per run by
/// <see cref="SakipApp.Run"/>; commands and views read the run's context from <see cref="Current"/>.</remarks>
internal sealed record CliContext(Language Language, CultureInfo Culture)
{
    private const string LanguageName = "--lang";
    private const string CultureName = "--culture";

    private static readonly AsyncLocal<CliContext?> Ambient = new();

    /// <summary>The default context: Indonesian, Indonesian numbers.</summary>
    public static CliContext Default { get; } = new(Language.Indonesian, Cultures.Indonesian);

    /// <summary>The context of the run in progress (the default outside a run).</summary>
    public static CliContext Current
    {
        get => Ambient.Value ?? Default;
        set => Ambient.Value = value;
    }

    /// <summary>Whether the language is English.</summary>
    public bool English => Language == Language.English;

    /// <summary>The text in the context's language.</summary>
    public string T(string indonesian, string english) => English ? english : indonesian;

    /// <summary>The text in the context's language.</summary>
    public string T(BilingualText text) => text.In(Language);

    /// <summary>"invalid input" in the context's language, after the command's name.</summary>
    public string Invalid(string command) => $"sakip {command}: {T("masukan tidak valid", "invalid input")}";

    /// <summary>The culture's name as the user gives it, for messages (<c>id-ID</c>, <c>invariant</c>, <c>en-US</c>).</summary>
    public string CultureId => ReferenceEquals(Culture, Cultures.Indonesian) ? "id-ID" : Culture.Name.Length == 0 ? "invariant" : Culture.Name;

    /// <summary><c>--lang id|en</c>, on every command.</summary>
    public static Option<string> LanguageOption()
    {
        var option = new Option<string>(LanguageName)
        {
            Description = "Language of everything printed: id (Indonesian, default) or en (English). / Bahasa semua keluaran: id (bawaan) atau en.",
            DefaultValueFactory = _ => "id",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("id", "en");
        return option;
    }

    /// <summary><c>--culture</c>, on every command.</summary>
    public static Option<string?> CultureOption() => new(CultureName)
    {
        Description = "Number format printed and read: id-ID (1.234,5), invariant (1234.5) or another culture name (needs the runtime's culture data); default: the --lang's (id: id-ID, en: invariant). JSON is always invariant.",
        Recursive = true,
    };

    /// <summary>The context a command line asks for; null (and the problem on <paramref name="error"/>) when the
    /// culture is unknown.</summary>
    public static CliContext? From(ParseResult parse, TextWriter error)
    {
        var language = parse.GetValue<string>(LanguageName) == "en" ? Language.English : Language.Indonesian;
        var context = new CliContext(language, Cultures.For(language));
        var name = parse.GetValue<string?>(CultureName);
        if (name is null)
        {
            return context;
        }

        var problems = new List<string>();
        var culture = ResolveCulture(name, context, problems);
        foreach (var problem in problems)
        {
            error.WriteLine($"sakip: {context.T("masukan tidak valid", "invalid input")}: {problem}");
        }

        return problems.Count == 0 ? context with { Culture = culture } : null;
    }

    /// <summary>
    /// The culture named by <c>--culture</c>. <c>id-ID</c> (or <c>id</c>) is the library's own Indonesian number
    /// format and <c>invariant</c> the invariant culture, both available without ICU data; other names need the
    /// runtime's culture data. Whatever the culture, negative numbers are written with the hyphen-minus, as the
    /// invariant and Indonesian output and published reports write them (<c>-70,50 %</c>), so output can be pasted
    /// back as input.
    /// </summary>
    private static CultureInfo ResolveCulture(string name, CliContext context, List<string> problems)
    {
        var trimmed = name.Trim();
        if (trimmed.Equals("id-ID", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("id", StringComparison.OrdinalIgnoreCase))
        {
            return Cultures.Indonesian;
        }

        if (trimmed.Equals("invariant", StringComparison.OrdinalIgnoreCase))
        {
            return Cultures.Invariant;
        }

        CultureInfo? culture = null;
        try
        {
            culture = trimmed.Length == 0 ? null : CultureInfo.GetCultureInfo(trimmed, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            // Reported below.
        }

        if (culture is null)
        {
            problems.Add(HasCultureData()
                ? context.T($"--culture '{name}': bukan nama budaya yang dikenal (mis. id-ID, invariant, en-US)", $"--culture '{name}': not a known culture name (e.g. id-ID, invariant, en-US)")
                : context.T(
                    $"--culture '{name}': runtime ini tidak memiliki data budaya (mode globalisasi invarian, seperti pada kontainer ramping), jadi hanya id-ID dan invariant yang tersedia",
                    $"--culture '{name}': this runtime has no culture data (globalization-invariant mode, as in slim containers), so only id-ID and invariant are available"));
            return Cultures.Invariant;
        }

        if (culture.Name.Length == 0)
        {
            return Cultures.Invariant;
        }

        if (culture.NumberFormat.NegativeSign == "-")
        {
            return culture;
        }

        var hyphenated = (CultureInfo)culture.Clone();
        hyphenated.NumberFormat.NegativeSign = "-";
        return CultureInfo.ReadOnly(hyphenated);
    }

    /// <summary>Whether the runtime has culture data (not globalization-invariant mode, where every culture but the
    /// invariant one is unknown).</summary>
    private static bool HasCultureData()
    {
        try
        {
            return CultureInfo.GetCultureInfo("en-US", predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Why a number argument did not read, in the context's language, naming the culture it was read in and
    /// how to give it: e.g. <c>'.' separates thousands …; numbers are read as id-ID (1.234,5): write 4,88, or give
    /// --culture invariant</c>.</summary>
    public string NumberProblem(string text, Reason reason)
    {
        var example = 1234.5m.ToString("#,##0.0", Culture);
        var other = ReferenceEquals(Culture, Cultures.Indonesian) ? Cultures.Invariant : Cultures.Indonesian;
        var rewritten = Domain.Values.DecimalReader.TryParse(text, other).TryGetValue(out var value) ? value.ToString(Culture) : null;
        var hint = rewritten is null
            ? string.Empty
            : T($": tulis {rewritten}, atau berikan --culture {(ReferenceEquals(other, Cultures.Indonesian) ? "id-ID" : "invariant")}", $": write {rewritten}, or give --culture {(ReferenceEquals(other, Cultures.Indonesian) ? "id-ID" : "invariant")}");
        return T($"{reason.Message.Indonesian}; angka dibaca dalam budaya {CultureId} ({example}){hint}", $"{reason.Message.English}; numbers are read in culture {CultureId} ({example}){hint}");
    }
}
