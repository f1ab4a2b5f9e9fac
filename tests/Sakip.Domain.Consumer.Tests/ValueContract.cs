using System.Globalization;
using System.Reflection;

namespace Sakip.Domain.Consumer.Tests;

/// <summary>
/// The contract every value type keeps (NodaTime's <c>TestHelper</c> style), checked on a pair of values through
/// reflection so that one helper serves every type: <c>Equals</c>, <c>==</c>, <c>!=</c> and <c>GetHashCode</c>
/// agree; for <see cref="IComparable{T}"/> types <c>CompareTo</c> is antisymmetric, agrees with <c>Equals</c> and
/// with <c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c>; for <see cref="IParsable{TSelf}"/> types
/// <c>Parse(ToString())</c> gives the value back.
/// </summary>
internal static class ValueContract
{
    /// <summary>Checks the contract on <paramref name="a"/> and <paramref name="b"/> (equal or not).</summary>
    /// <param name="type">The value type.</param>
    /// <param name="a">A value.</param>
    /// <param name="b">Another value.</param>
    public static void Check(Type type, object a, object b)
    {
        var equal = a.Equals(b);
        Assert.True(a.Equals(a), $"{type.Name}: {a} does not equal itself");
        Assert.Equal(equal, b.Equals(a));
        Assert.False(a.Equals(null));
        if (equal)
        {
            Assert.True(a.GetHashCode() == b.GetHashCode(), $"{type.Name}: {a} and {b} are equal but hash differently");
        }

        if (Operator(type, "op_Equality") is { } eq)
        {
            Assert.Equal(equal, (bool)eq.Invoke(null, [a, b])!);
            Assert.Equal(!equal, (bool)Operator(type, "op_Inequality")!.Invoke(null, [a, b])!);
        }

        if (Implements(type, typeof(IComparable<>)))
        {
            var compare = Math.Sign((int)type.GetMethod(nameof(IComparable<int>.CompareTo), [type])!.Invoke(a, [b])!);
            var back = Math.Sign((int)type.GetMethod(nameof(IComparable<int>.CompareTo), [type])!.Invoke(b, [a])!);
            Assert.Equal(-compare, back);
            Assert.True(equal == (compare == 0), $"{type.Name}: Equals({a}, {b}) is {equal} but CompareTo is {compare}");
            Assert.Equal(compare < 0, (bool)Operator(type, "op_LessThan")!.Invoke(null, [a, b])!);
            Assert.Equal(compare > 0, (bool)Operator(type, "op_GreaterThan")!.Invoke(null, [a, b])!);
            Assert.Equal(compare <= 0, (bool)Operator(type, "op_LessThanOrEqual")!.Invoke(null, [a, b])!);
            Assert.Equal(compare >= 0, (bool)Operator(type, "op_GreaterThanOrEqual")!.Invoke(null, [a, b])!);
        }

        if (IsParsable(type))
        {
            var text = ((IFormattable)a).ToString(null, CultureInfo.InvariantCulture);
            var parse = type.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider)])!;
            Assert.Equal(a, parse.Invoke(null, [text, CultureInfo.InvariantCulture]));
            Assert.Equal(text, a.ToString());
        }
    }

    /// <summary>Whether the type has a text form: it parses what it formats.</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for <see cref="IParsable{TSelf}"/> and <see cref="IFormattable"/> types.</returns>
    public static bool IsParsable(Type type) => Implements(type, typeof(IParsable<>)) && typeof(IFormattable).IsAssignableFrom(type);

    private static bool Implements(Type type, Type generic) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic && i.GetGenericArguments()[0] == type);

    private static MethodInfo? Operator(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]);
}
