namespace Sakip.Samples.Greeting;

/// <summary>Says which version of the library is running.</summary>
public static class Greeting
{
    /// <summary>The version of this assembly, e.g. <c>1.0.0.0</c>.</summary>
    public static string Version => typeof(Greeting).Assembly.GetName().Version!.ToString();
}
