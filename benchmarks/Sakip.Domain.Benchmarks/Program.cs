using BenchmarkDotNet.Running;

namespace Sakip.Domain.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- --filter '*'</c> (or <c>--job dry</c> for a smoke run).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
