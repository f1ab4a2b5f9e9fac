using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;

namespace Sakip.Cli.Demo;

/// <summary>
/// The demo region's AKIP evaluations under PermenPAN-RB 88/2021 (fictional), graded the official way, one grade per
/// sub-component on the eight-level scale: 2024 (the evaluator's final grades) and 2025 (the self-assessment's
/// proposed grades and the evaluator's final grades, with evidence). In 2025 the self-assessment also graded the
/// criteria of 1b Kualitas, and its grade of 1b (BB) is above what those criteria point to (B), which the logic check
/// reports. The evaluator's grades give 58.35 (CC) for 2024 and 66.45 (B) for 2025; 66.45 is the 2025 realisation of
/// IKU-15 "Nilai evaluasi SAKIP" in <see cref="DemoRegion"/>.
/// </summary>
/// <remarks>Each evaluation is an LKE answer document embedded in this assembly
/// (<see cref="DemoResources.Evaluation2024"/>, <see cref="DemoResources.Evaluation2025"/>: the files
/// <c>Demo/kabupaten-contoh-lke-2024.json</c> and <c>-2025.json</c>) and read through the public reader,
/// <see cref="EvaluationJson.Read(Stream)"/>. The demo document holds the same two evaluations (a test keeps them
/// equal).</remarks>
internal static class DemoEvaluation
{
    /// <summary>The subject evaluated.</summary>
    public const string Subject = "Kabupaten Contoh";

    private static readonly Lazy<Evaluation> Evaluation2024 = new(() => Read(DemoResources.Evaluation2024));

    private static readonly Lazy<Evaluation> Evaluation2025 = new(() => Read(DemoResources.Evaluation2025));

    /// <summary>The 2024 evaluation (final grades).</summary>
    /// <returns>The evaluation.</returns>
    /// <exception cref="InvalidOperationException">The embedded answer document does not read (a bug in this
    /// assembly); the message lists its problems.</exception>
    public static Evaluation Of2024() => Evaluation2024.Value;

    /// <summary>The 2025 evaluation: proposed and final grades, with evidence on the keberadaan sub-components, and the
    /// self-assessment's criterion grades of 1b.</summary>
    /// <returns>The evaluation.</returns>
    /// <exception cref="InvalidOperationException">The embedded answer document does not read (a bug in this
    /// assembly); the message lists its problems.</exception>
    public static Evaluation Of2025() => Evaluation2025.Value;

    private static Evaluation Read(string resource)
    {
        using var stream = DemoResources.Open(resource);
        var read = EvaluationJson.Read(stream);
        return read.TryGetValue(out var evaluation)
            ? evaluation
            : throw new InvalidOperationException($"The embedded demo evaluation ({resource}) does not read: " + string.Join("; ", read.Problems));
    }
}
