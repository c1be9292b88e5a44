using System.Text;

namespace DanVan.Domain.Tests.Fuzz;

/// <summary>Random and hostile strings for the never-throws tests: reproducible (fixed seed), varied in length and script.</summary>
public static class HostileStrings
{
    private static readonly string[] Fixed =
    [
        string.Empty, " ", "\t\r\n", "\0", "\uFEFF", "\u200B\u200C\u200D", "\uD800", "\uDC00", "a\uD800b", "\uDBFF\uDFFF",
        "\u0301", "\u0301\u0301\u0301a", "a\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323", "\uFFFE\uFFFF", "\u00AD",
        new string('9', 40), new string('.', 1000), new string(',', 50), "1.2.3.4.5", "1,2,3", "%%%", "///", "-", "−5",
        "hơn", "hơn hơn 5", "ngày ngày ngày", "Thứ Năm,", "29/02/2019", "31/2/2020", "0/0", "99999999999999999999999999999999",
        "ǅǆǄ", "İı", "ß", "Ⅻ", "١٢٣", "𝟙𝟚𝟛", "🇻🇳", "Hà Nội 🏛", "中文", "Ελληνικά", "עברית", "\u202Eabc",
        new string('a', 100_000), new string('\u0301', 10_000), string.Concat(Enumerable.Repeat("Hoà ", 5_000)),
    ];

    private const string Alphabet =
        "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY" +
        "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ" +
        "0123456789 .,;:/-–—%()'’\"“”\t\n\u00A0\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323";

    /// <summary>The fixed hostile strings, then <paramref name="count"/> random ones.</summary>
    public static IEnumerable<string> Generate(int count, int seed = 20261121)
    {
        foreach (var text in Fixed)
        {
            yield return text;
        }

        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Random(random);
        }
    }

    private static string Random(Random random)
    {
        var length = random.Next(4) switch
        {
            0 => random.Next(0, 4),
            1 => random.Next(0, 20),
            2 => random.Next(0, 80),
            _ => random.Next(0, 600),
        };
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(10))
            {
                case 0:
                    builder.Append((char)random.Next(0, char.MaxValue + 1)); // any code unit, lone surrogates included
                    break;
                case 1:
                    builder.Append((char)random.Next(0, 0x40));
                    break;
                default:
                    builder.Append(Alphabet[random.Next(Alphabet.Length)]);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="count"/> random strings, the i-th drawn from <c>alphabets[i % alphabets.Length]</c>: mostly short
    /// (0 to 23 characters), one in ten from 100 to <paramref name="longLength"/>, with any code unit one time in
    /// <paramref name="anyCharOneIn"/>. Reproducible for a given seed.
    /// </summary>
    public static IEnumerable<string> FromAlphabets(int seed, string[] alphabets, int count, int longLength, int anyCharOneIn)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var alphabet = alphabets[i % alphabets.Length];
            var length = random.Next(10) == 0 ? random.Next(100, longLength) : random.Next(0, 24);
            var builder = new StringBuilder(length);
            for (var j = 0; j < length; j++)
            {
                builder.Append(random.Next(anyCharOneIn) == 0 ? (char)random.Next(0, 0x10000) : alphabet[random.Next(alphabet.Length)]);
            }

            yield return builder.ToString();
        }
    }
}
