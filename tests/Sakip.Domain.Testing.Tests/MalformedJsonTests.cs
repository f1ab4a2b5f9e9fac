using System.Text;
using System.Text.Json;
using Sakip.Domain.Json.Tests.Fuzz;

namespace Sakip.Domain.Testing.Tests;

public class MalformedJsonTests
{
    private static readonly byte[] Valid = Encoding.UTF8.GetBytes(
        """{"id":"IKU-01","name":"Angka \"kematian\" bayi","target":{"lower":12.5,"upper":null},"codes":["1.02.02",true],"nested":[{"kode":"X.XX"}]}""");

    public static TheoryData<MutationKind> Kinds => [.. MalformedJson.Kinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Mutate_SameFileKindAndSeed_GivesTheSameBytes(MutationKind kind)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            Assert.Equal(MalformedJson.Mutate(Valid, kind, seed).Utf8.ToArray(), MalformedJson.Mutate(Valid, kind, seed).Utf8.ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Mutate_AnyKind_ChangesTheFileAndSaysHow(MutationKind kind)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var fuzzCase = MalformedJson.Mutate(Valid, kind, seed);

            Assert.NotEqual(Valid, fuzzCase.Utf8.ToArray());
            Assert.Equal((kind, seed), (fuzzCase.Kind, fuzzCase.Seed));
            Assert.False(string.IsNullOrWhiteSpace(fuzzCase.Description));
        }
    }

    [Theory]
    [InlineData(MutationKind.LoneSurrogateEscape)]
    [InlineData(MutationKind.WrongType)]
    [InlineData(MutationKind.ExtremeNumber)]
    [InlineData(MutationKind.DuplicatedProperty)]
    [InlineData(MutationKind.BlankCode)]
    public void Mutate_DamageInsideTheSyntax_StaysWellFormedJson(MutationKind kind)
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var fuzzCase = MalformedJson.Mutate(Valid, kind, seed);
            var reader = new Utf8JsonReader(fuzzCase.Utf8.Span, new JsonReaderOptions { MaxDepth = 20_000 });

            while (reader.Read())
            {
            }
        }
    }

    [Fact]
    public void Mutate_InvalidUtf8_IsNotUtf8()
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        for (var seed = 0; seed < 50; seed++)
        {
            var bytes = MalformedJson.Mutate(Valid, MutationKind.InvalidUtf8, seed).Utf8.ToArray();
            Assert.Throws<DecoderFallbackException>(() => strict.GetString(bytes));
        }
    }

    [Fact]
    public void Mutate_NotJson_Throws() =>
        Assert.Throws<ArgumentException>(() => MalformedJson.Mutate("{\"a\":"u8, MutationKind.Truncated, 1));

    [Fact]
    public void Corpus_Count_CyclesThroughEveryKindAndIsDeterministic()
    {
        var first = FuzzCorpora.SchemeFiles(25, seed: 7).ToList();
        var again = FuzzCorpora.SchemeFiles(25, seed: 7).ToList();

        Assert.Equal(Enumerable.Range(0, 25), first.Select(c => c.Index));
        Assert.Equal(Enumerable.Range(0, 25).Select(i => MalformedJson.Kinds[i % MalformedJson.Kinds.Count]), first.Select(c => c.Kind));
        Assert.Equal(first.Select(c => c.Utf8.ToArray()), again.Select(c => c.Utf8.ToArray()));
        Assert.NotEqual(first.Select(c => c.Utf8.ToArray()), FuzzCorpora.SchemeFiles(25, seed: 8).Select(c => c.Utf8.ToArray()));
    }
}
