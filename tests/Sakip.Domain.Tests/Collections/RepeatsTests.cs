using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Tests.Collections;

/// <summary><see cref="Repeats.SeenBefore"/> finds exactly the items whose key came earlier, whether the list is short
/// (a look back) or long (a set).</summary>
public class RepeatsTests
{
    // Keys from a small range, so that short and long lists both repeat often; lengths on both sides of the look back.
    private static readonly Arbitrary<int[]> AnyKeys =
        Gen.Choose(0, 3 * Repeats.LookBack).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n)).ToArbitrary();

    [Property]
    public Property SeenBefore_AskedInOrder_IsWhetherAnEarlierItemHasTheKey() =>
        Prop.ForAll(AnyKeys, keys =>
        {
            var items = new ValueList<int>(keys);
            HashSet<int>? seen = null;
            var found = Enumerable.Range(0, keys.Length).Select(k => Repeats.SeenBefore(items, k, static x => x, ref seen)).ToArray();
            var expected = Enumerable.Range(0, keys.Length).Select(k => keys.Take(k).Contains(keys[k])).ToArray();
            return found.SequenceEqual(expected).Label($"{string.Join(",", keys)}: {string.Join(",", found)}");
        });

    [Theory]
    [InlineData(Repeats.LookBack)]
    [InlineData(Repeats.LookBack + 1)]
    public void SeenBefore_TextKeys_ComparesOrdinallyAndNullsAsEqual(int count)
    {
        var keys = Enumerable.Range(0, count - 3).Select(i => $"k{i}").Concat(["K0", null, null]).ToList();
        var items = new ValueList<string?>(keys);
        HashSet<string?>? seen = null;

        var found = Enumerable.Range(0, count).Select(k => Repeats.SeenBefore(items, k, static x => x, ref seen)).ToList();

        Assert.Equal(Enumerable.Repeat(false, count - 1).Append(true), found);
    }
}
