namespace Sakip.Cli.Tests.Docs.UserDocs;

/// <summary>
/// Marks a method whose body holds the code of a user doc's C# block (between <c>// begin-example: name</c> and
/// <c>// end-example: name</c>), run by <see cref="UserDocsTests"/>. Its parameters are given by name:
/// <c>documentPath</c> (the demo region's SAKIP document), <c>lkePath</c> and <c>lke2024Path</c> (its LKE answers
/// 2025 and 2024), <c>folder</c> (an empty temporary folder holding the doc's file blocks) and <c>document</c> (the
/// demo region, read).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class DocExampleAttribute(string name) : Attribute
{
    /// <summary>The name the doc's markers use (<c>&lt;!-- example: name --&gt;</c>).</summary>
    public string Name { get; } = name;
}
