using System.Globalization;

namespace DanVan.Domain.Text;

/// <summary>
/// One folded character for each of the 65,536 UTF-16 code units, built once on first use, so folding is a
/// single table look-up per character with no dependency on ICU.
/// </summary>
internal static class FoldTable
{
    /// <summary>The character disappears (combining marks, zero-width and format characters).</summary>
    internal const char Drop = '\uFFFF';

    /// <summary>A surrogate: kept when paired, replaced by U+FFFD when alone.</summary>
    internal const char Surrogate = '\uFFFE';

    /// <summary>A separator: runs of them become one space, and none at either end.</summary>
    internal const char Space = ' ';

    internal const char Replacement = '\uFFFD';

    /// <summary>The table; index by the character.</summary>
    internal static readonly char[] Map = Build();

    private static char[] Build()
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            map[i] = Rule((char)i);
        }

        // Close the table under itself so folding twice changes nothing (idempotence), whatever the runtime's casing data.
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i <= char.MaxValue; i++)
            {
                var m = map[i];
                if (m is Drop or Surrogate or Space)
                {
                    continue;
                }

                var again = map[m];
                if (again != m)
                {
                    map[i] = again;
                    changed = true;
                }
            }
        }
        while (changed);

        return map;
    }

    private static char Rule(char c)
    {
        if (char.IsSurrogate(c))
        {
            return Surrogate;
        }

        if (c is '\uFFFE' or '\uFFFF')
        {
            return Replacement;
        }

        if (VietnameseLetters.TryGetVowel(c, out var vowel))
        {
            return vowel.Base;
        }

        switch (c)
        {
            case 'đ' or 'Đ':
                return 'd';

            // Apostrophes as typed or converted by word processors: "Ea H’Leo" is "Ea H'Leo".
            case '\u0060' or '\u00B4' or '\u02B9' or '\u02BB' or '\u02BC' or '\u2018' or '\u2019' or '\u201B' or '\u2032':
                return '\'';
            case '\u00AB' or '\u00BB' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033':
                return '"';
            case (>= '\u2010' and <= '\u2015') or '\u2212' or '\uFE58' or '\uFE63':
                return '-';
            case '\u00AD':
                return Drop;
            default:
                break;
        }

        if (IsCombiningDiacritic(c))
        {
            return Drop;
        }

        // Full-width ASCII (U+FF01-U+FF5E) as typed with East Asian input methods.
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return Rule((char)(c - 0xFEE0));
        }

        if (c is >= '\u00C0' and <= '\u00FF' && LatinOneBase(c) is var latin and not '\0')
        {
            return latin;
        }

        if (char.IsWhiteSpace(c))
        {
            return Space;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control => Space,
            UnicodeCategory.Format => Drop,
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>A combining mark that folding drops: it belongs to the letter before it ("trị" written "tri" + U+0323).</summary>
    internal static bool IsCombiningDiacritic(char c) =>
        c is (>= '\u0300' and <= '\u036F')
            or (>= '\u1AB0' and <= '\u1AFF')
            or (>= '\u1DC0' and <= '\u1DFF')
            or (>= '\u20D0' and <= '\u20FF')
            or (>= '\uFE20' and <= '\uFE2F');

    // Latin-1 letters outside Vietnamese (French, Spanish, German names in foreign partners' titles) fold to their base too.
    private static char LatinOneBase(char c) => c switch
    {
        'Ç' or 'ç' => 'c',
        'Ñ' or 'ñ' => 'n',
        'Ä' or 'Å' or 'ä' or 'å' => 'a',
        'Ë' or 'ë' => 'e',
        'Î' or 'Ï' or 'î' or 'ï' => 'i',
        'Ö' or 'Ø' or 'ö' or 'ø' => 'o',
        'Û' or 'Ü' or 'û' or 'ü' => 'u',
        'ÿ' => 'y',
        _ => '\0',
    };
}
