using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using DanVan.Domain.Text;

namespace DanVan.Domain.Benchmarks.Text;

/// <summary>
/// Folding 10,000 real commune names ("Phường Phúc Xá") against the usual approach: Normalize(FormD), drop the
/// non-spacing marks, ToLowerInvariant. Target (issue 2): at least 3x faster, and no allocation for a folded string.
/// </summary>
[MemoryDiagnoser]
public class FoldingBenchmarks
{
    private const int Count = 10_000;
    private string[] _names = [];
    private string[] _folded = [];

    [GlobalSetup]
    public void Setup()
    {
        _names = SharedData.CommuneNames2025().Take(Count).ToArray();
        if (_names.Length != Count)
        {
            throw new InvalidOperationException($"Expected {Count} names, found {_names.Length}.");
        }

        _folded = _names.Select(VietnameseFolding.Fold).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int NormalizeFormDFilterLower()
    {
        var total = 0;
        foreach (var name in _names)
        {
            total += BaselineFold(name).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Fold()
    {
        var total = 0;
        foreach (var name in _names)
        {
            total += VietnameseFolding.Fold(name).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int FoldAlreadyFolded()
    {
        var total = 0;
        foreach (var name in _folded)
        {
            total += VietnameseFolding.Fold(name).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Normalize()
    {
        var total = 0;
        foreach (var name in _names)
        {
            total += VietnameseNormalization.Normalize(name).Length;
        }

        return total;
    }

    // The common recipe; note that it does not even fold đ to d, which the library does.
    private static string BaselineFold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().ToLowerInvariant();
    }
}
