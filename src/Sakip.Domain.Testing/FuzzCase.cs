using System.Text;

namespace Sakip.Domain.Testing;

/// <summary>One malformed input made by <see cref="MalformedJson"/>: the bytes of a damaged file and how it was
/// damaged.</summary>
/// <remarks>Immutable and thread-safe. Recreate the same case with <see cref="MalformedJson.Mutate"/> from the same
/// valid file, kind and seed.</remarks>
public sealed class FuzzCase
{
    private readonly byte[] _utf8;

    internal FuzzCase(int index, MutationKind kind, int seed, byte[] utf8, string description)
    {
        Index = index;
        Kind = kind;
        Seed = seed;
        _utf8 = utf8;
        Description = description;
    }

    /// <summary>The case's position in its corpus (0 for a case made alone).</summary>
    public int Index { get; }

    /// <summary>How the file was damaged.</summary>
    public MutationKind Kind { get; }

    /// <summary>The seed the damage was chosen with.</summary>
    public int Seed { get; }

    /// <summary>The damaged file's bytes (meant to be UTF-8 JSON; not always either).</summary>
    public ReadOnlyMemory<byte> Utf8 => _utf8;

    /// <summary>What was done, e.g. <c>truncated at byte 120 of 2,048</c>, short enough for a test's output.</summary>
    public string Description { get; }

    /// <summary>A new read-only stream over <see cref="Utf8"/>, for readers that take a stream.</summary>
    /// <returns>The stream.</returns>
    public Stream OpenRead() => new MemoryStream(_utf8, writable: false);

    /// <summary>The bytes decoded as UTF-8, invalid sequences replaced by U+FFFD, for readers that take text.</summary>
    /// <returns>The text.</returns>
    public string ToText() => Encoding.UTF8.GetString(_utf8);

    /// <summary>The index, kind, seed and description.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"#{Index} {Kind} (seed {Seed}): {Description}";
}
