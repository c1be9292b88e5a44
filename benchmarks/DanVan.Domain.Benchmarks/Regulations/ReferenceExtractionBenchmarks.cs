using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using DanVan.Domain.Regulations;

namespace DanVan.Domain.Benchmarks.Regulations;

/// <summary>
/// Finding document references in a 10 KB article (seed 001, the richest in references: 19, repeated to 10 KB: 27)
/// against the obvious approach of one regular expression per document type, each run over the whole text. Target
/// (issue 3): under 100 µs per 10 KB and at least 3x faster than the regexes.
/// </summary>
/// <remarks>
/// <para>The baseline regexes are compiled once and find the same parts (type word, "số", number or symbol, date,
/// issuer after "của"); they do less than the extractor (no folding of ASCII text, no glued words, no catalog
/// resolution), so the comparison flatters the baseline.</para>
/// <para>The extractor remembers the cleaned form of issuer names and the parse of symbols by spelling; reading the
/// same article again and again, as here, finds them all remembered. docs/performance.md gives the figure when
/// none is.</para>
/// </remarks>
[MemoryDiagnoser]
public class ReferenceExtractionBenchmarks
{
    private const int Size = 10 * 1024;

    private static readonly string[] TypeWords =
    [
        "Quyết định", "Nghị quyết", "Chỉ thị", "Quy định", "Kết luận", "Chương trình hành động", "Chương trình", "Kế hoạch",
        "Pháp lệnh", "Nghị định", "Luật", "Hướng dẫn", "Công văn", "Thông tư", "Quy chế", "Thông báo",
    ];

    private Regex[] _regexes = [];
    private string _article = string.Empty;
    private ReferenceExtractor _extractor = ReferenceExtractor.Default;

    [GlobalSetup]
    public void Setup()
    {
        var seed = SharedData.Seed("001_546b4ca9ae962e86.txt");
        _article = seed.Length >= Size ? seed[..Size] : string.Concat(Enumerable.Repeat(seed, (Size / seed.Length) + 1))[..Size];
        _regexes = TypeWords.Select(word => new Regex(
            @"(?<![\p{L}\d])" + Regex.Escape(word).Replace(@"\ ", @"\s+", StringComparison.Ordinal) +
            @"\s+(?:số\s*:?\s*)?(?<number>\d{1,6}(?:[-/][\p{L}\d]+(?:[-/][\p{L}\d]+)*)?)" +
            @"(?:\s*,?\s*ngày\s+(?<date>\d{1,2}/\d{1,2}/\d{4}))?" +
            @"(?:\s*của\s+(?<issuer>\p{Lu}[\p{L}]*(?:\s+[\p{Lu}\d][\p{L}\d]*)*))?",
            RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToArray();
        _extractor = ReferenceExtractor.Default;
        _ = _extractor.FindAll(_article);
    }

    [Benchmark(Baseline = true, Description = "one regex per document type")]
    public int RegexPerType()
    {
        var count = 0;
        foreach (var regex in _regexes)
        {
            for (var match = regex.Match(_article); match.Success; match = match.NextMatch())
            {
                count += match.Groups["number"].Length;
            }
        }

        return count;
    }

    [Benchmark(Description = "ReferenceExtractor.FindAll")]
    public int Extractor() => _extractor.FindAll(_article).Count;
}
