using Microsoft.DotNet.Interactive.Formatting;
using Sakip.Domain.Achievement;
using Sakip.Domain.Collections;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;

namespace Sakip.Domain.Interactive;

/// <summary>
/// The .NET Interactive formatters of Sakip.Domain: how a notebook (Jupyter, Polyglot Notebooks) displays the
/// library's results, as <c>text/html</c> and <c>text/plain</c>. A notebook that references the package registers
/// them by itself (the package's <c>extension.dib</c> calls <see cref="Register"/>); call <see cref="Register"/>
/// again to switch the language.
/// </summary>
/// <remarks>
/// <para>Shown: an <see cref="AchievementResult"/> as its presented figure, band and explanation sentence;
/// <see cref="Percentage"/>, <see cref="Measure"/> and <see cref="Target"/> as presented numbers; a
/// <see cref="MeasurementReport"/> (and <see cref="AgreementMeasurement"/>, <see cref="SasaranMeasurement"/>) as capaian
/// tables with rows coloured by band; a <see cref="TreeEvaluation"/> as the inline SVG performance tree; an
/// <see cref="EvaluationResult"/> as the LKE score sheet and a <see cref="GradeRoad"/> as the road to the grade; a
/// <see cref="ReviewReport"/> as findings grouped by rule; a <see cref="Result{T}"/> as its value or its problems;
/// a <see cref="Problem"/>; and the charts of <see cref="SakipCharts"/> (<see cref="SvgImage"/>). No union
/// internals (<c>IsT0</c>, <c>AsT0</c> …) and no exception text appear.</para>
/// <para>Figures are rounded by the rule in force (the rule set's rounding for achievements, the scheme's deciding
/// rule for LKE scores) and written with the library's own number format for the language (decimal comma in
/// Indonesian, point in English; no ICU data needed). Every text from the data is HTML-escaped.</para>
/// <para>Thread-safe: registration is done once under a lock; the language is read by the formatters each time
/// they run.</para>
/// </remarks>
public static class SakipFormatters
{
    private const string Html = "text/html";
    private const string Plain = "text/plain";

    private static readonly Lock Gate = new();
    private static volatile bool _registered;
    private static volatile int _language = (int)Language.Indonesian;

    /// <summary>The language the formatters word their output in (the last one given to <see cref="Register"/>).</summary>
    public static Language Language => (Language)_language;

    /// <summary>Registers the formatters with .NET Interactive's <see cref="Formatter"/>, or, when they are
    /// registered already, only sets the language. Idempotent and thread-safe.</summary>
    /// <param name="language">The language of headings, labels and sentences, and the number format (Indonesian:
    /// <c>113,33 %</c>; English: <c>113.33 %</c>). Default Indonesian.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static void Register(Language language = Language.Indonesian)
    {
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined language.");
        }

        _language = (int)language;
        if (_registered)
        {
            return;
        }

        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            Add<AchievementResult>(AchievementView.ToHtml, AchievementView.ToText);
            Add<Percentage>((v, l) => ValueView.PercentHtml(v, l), ValueView.Percent);
            Add<Measure>((v, l) => ValueView.MeasureHtml(v, l), (v, l) => Figures.Measure(v, l));
            Add<Target>((v, l) => ValueView.TargetHtml(v, l), (v, l) => Figures.Target(v, l));
            Add<MeasurementReport>(MeasurementView.ToHtml, MeasurementView.ToText);
            Add<AgreementMeasurement>(MeasurementView.ToHtml, (a, l) => a.Name + " - " + a.Position + " (" + a.PerjanjianKinerjaId + ")");
            Add<SasaranMeasurement>(MeasurementView.ToHtml, (s, l) => s.SasaranId + " " + s.Sasaran);
            Add<TreeEvaluation>(TreeView.ToHtml, TreeView.ToText);
            Add<EvaluationResult>(EvaluationView.ToHtml, EvaluationView.ToText);
            Add<GradeRoad>(EvaluationView.ToHtml, EvaluationView.ToText);
            Add<ReviewReport>(ReviewView.ToHtml, ReviewView.ToText);
            Add<Problem>(ProblemView.ToHtml, ProblemView.ToText);
            Add<SvgImage>((i, _) => i.Svg, (i, _) => i.Svg);

            Formatter.Register(typeof(Result<>), (value, context) => WriteResult(value, context, html: true), Html);
            Formatter.Register(typeof(Result<>), (value, context) => WriteResult(value, context, html: false), Plain);
            Formatter.SetPreferredMimeTypesFor(typeof(Result<>), Html);
            _registered = true;
        }
    }

    private static void Add<T>(Func<T, Language, string> html, Func<T, Language, string> plain)
    {
        Formatter.Register<T>((value, context) => Write(context, html(value, Language)), Html);
        Formatter.Register<T>((value, context) => Write(context, plain(value, Language)), Plain);
        Formatter.SetPreferredMimeTypesFor(typeof(T), Html);
    }

    private static bool Write(FormatContext context, string text)
    {
        context.Writer.Write(text);
        return true;
    }

    // A Result<T> of any T: its value through the value's own formatter, or its problems.
    private static bool WriteResult(object value, FormatContext context, bool html)
    {
        var type = value.GetType();
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Result<>))
        {
            return false;
        }

        var problems = (ValueList<Problem>)type.GetProperty(nameof(Result<object>.Problems))!.GetValue(value)!;
        if (problems.Count > 0)
        {
            return Write(context, html ? ProblemView.FailureHtml(problems, Language) : ProblemView.FailureText(problems, Language));
        }

        var arguments = new object?[] { null };
        type.GetMethod(nameof(Result<object>.TryGetValue))!.Invoke(value, arguments);
        arguments[0].FormatTo(context, html ? Html : Plain);
        return true;
    }
}
