using BenchmarkDotNet.Running;

namespace DanVan.Domain.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/DanVan.Domain.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
