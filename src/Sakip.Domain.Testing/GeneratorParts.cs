using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Periods;

namespace Sakip.Domain.Testing;

/// <summary>Small pieces the generators here and the library's own tests share.</summary>
internal static class GeneratorParts
{
    /// <summary>Every accumulation type.</summary>
    public static Gen<AccumulationType> Accumulation { get; } =
        Gen.Elements(AccumulationType.Cumulative, AccumulationType.LastValue, AccumulationType.Average);

    /// <summary>Divides by 10^<paramref name="scale"/> exactly (so the scale, trailing zeros included, is kept).</summary>
    public static decimal Scale(decimal units, int scale)
    {
        var value = units;
        for (var i = 0; i < scale; i++)
        {
            value /= 10m;
        }

        return value;
    }
}
