namespace Sakip.Domain.Testing;

/// <summary>How <see cref="MalformedJson"/> damages a valid JSON file.</summary>
public enum MutationKind
{
    /// <summary>Cut off at a random byte (often inside a string, a number or a multi-byte character).</summary>
    Truncated = 0,

    /// <summary>One to eight random bits flipped anywhere in the file.</summary>
    FlippedBits = 1,

    /// <summary>Bytes that are not UTF-8 (a stray continuation byte, 0xFF, an overlong form, an encoded surrogate, a
    /// cut sequence) put into a string or property name.</summary>
    InvalidUtf8 = 2,

    /// <summary>A lone surrogate written as a JSON escape (<c>\ud800</c>, <c>\udc00</c>) in a string or property
    /// name: valid JSON, invalid UTF-16.</summary>
    LoneSurrogateEscape = 3,

    /// <summary>A value replaced by one of another JSON type (a string for a number, an object for an array, …).</summary>
    WrongType = 4,

    /// <summary>A number (or another scalar) replaced by one beyond what the model holds: <c>1e400</c>,
    /// <c>-1e-400</c>, decimals of 29 and more digits, 2^63, 2^96, …</summary>
    ExtremeNumber = 5,

    /// <summary>A value replaced by arrays or objects nested 65 to 10,000 deep.</summary>
    DeepNesting = 6,

    /// <summary>A string replaced by one of 64 Ki to 1 Mi characters.</summary>
    HugeString = 7,

    /// <summary>A property written twice in the same object, the first time with another value.</summary>
    DuplicatedProperty = 8,

    /// <summary>An id or code (or, without one, another string) made empty, whitespace or invisible.</summary>
    BlankCode = 9,
}
