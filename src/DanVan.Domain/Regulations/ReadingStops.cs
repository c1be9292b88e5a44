using System.Buffers;
using DanVan.Domain.Text;

namespace DanVan.Domain.Regulations;

/// <summary>
/// Characters that no rule of <see cref="ReferenceExtractor"/> reads past once it has read up to them: what follows a
/// stop cannot change a reference found before it. This is what lets the extractor fold a short stretch of text
/// around a number instead of the whole text.
/// </summary>
/// <remarks>
/// <para>The rules read letters, digits and spaces (words, numbers, symbols, dates, issuer names), "/" and "-"
/// (symbols, dates), ":" and "." after "số", "." between the numbers of a date or in "7.300", "," after a number
/// or symbol (a list, or ", ngày"), and a quote that opens a title: after a number, a symbol, a date, a comma or
/// "về". Anything else stops every rule: ";", "(", ")", "!", "?", "%", an apostrophe, "." after a letter, "," or a
/// quote after a word that holds no digit ("Bộ Chính trị,", "Huyện ủy “"). The quoted title is the one rule that
/// reads on past stops, up to its closing quote; the window checks it apart.</para>
/// <para>Keep this list true when a rule starts reading a new character.</para>
/// </remarks>
internal static class ReadingStops
{
    // A symbol is at most this long, so a word longer than this before a comma is no symbol.
    private const int MaximumTokenLength = 64;

    // The ASCII characters that may be stops, searched for vectorised. Stops outside ASCII ("…") are not looked
    // for: missing a stop only makes the window longer than needed.
    private static readonly SearchValues<char> Candidates = SearchValues.Create("!\"#$%&'()*+,.:;<=>?@[\\]^_`{|}~");

    /// <summary>
    /// True when some position from <paramref name="from"/> to the end of folded <paramref name="s"/> is a stop;
    /// may miss stops outside ASCII, never reports one that is not.
    /// </summary>
    internal static bool Any(ReadOnlySpan<char> s, int from)
    {
        for (var i = Math.Max(from, 0); i < s.Length; i++)
        {
            var found = s.Slice(i).IndexOfAny(Candidates);
            if (found < 0)
            {
                return false;
            }

            i += found;
            if (IsStop(s, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the folded character at <paramref name="i"/> is a stop.</summary>
    internal static bool IsStop(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        if (char.IsLetterOrDigit(c) || char.IsSurrogate(c))
        {
            return false;
        }

        return c switch
        {
            ' ' or '/' or '-' => false,
            ':' => !AfterSo(s, i),
            '.' => i > 0 && s[i - 1] != ' ' && !char.IsAsciiDigit(s[i - 1]) && !AfterSo(s, i),
            ',' => !AfterNumberOrSymbol(s, i),
            '"' => QuoteAfterPlainWord(s, i),
            _ => true,
        };
    }

    /// <summary>
    /// The source position just after the first character from <paramref name="from"/> (before <paramref name="limit"/>)
    /// that is surely a stop once folded, judged from the source alone; -1 when none is found. A character is
    /// judged only with the help of visible neighbours, so the answer may miss stops but never invents one.
    /// </summary>
    internal static int SourceEndAfterStop(string text, int from, int limit)
    {
        var map = FoldTable.Map;
        for (var i = from; i < limit; i++)
        {
            var found = text.AsSpan(i, limit - i).IndexOfAny(Candidates);
            found = found < 0 ? limit : i + found;

            // An opening quote “ (outside ASCII) is searched apart, only up to the ASCII candidate. A closing quote ”
            // is no useful end: if it closes a title, reading goes on after it.
            var quote = text.AsSpan(i, found - i).IndexOf('\u201C');
            if (quote >= 0)
            {
                found = i + quote;
            }

            if (found >= limit)
            {
                return -1;
            }

            i = found;
            var previous = i > 0 ? map[text[i - 1]] : FoldTable.Drop;
            var visiblePrevious = previous is not (FoldTable.Drop or FoldTable.Space or FoldTable.Surrogate);
            var stop = text[i] switch
            {
                ':' => visiblePrevious && previous != 'o',
                '.' => visiblePrevious && previous != 'o' && !char.IsAsciiDigit(previous),
                ',' => visiblePrevious && SourceWordWithoutDigit(text, i - 1),
                '"' or '\u201C' => SourceQuoteAfterPlainWord(text, i),
                _ => true,
            };
            if (stop)
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static bool AfterSo(ReadOnlySpan<char> s, int i) => i >= 2 && s[i - 2] == 's' && s[i - 1] == 'o';

    // A quote opens a title only right after a number, a symbol, a date, a comma or "về" (SkipQuotedTitle).
    private static bool QuoteAfterPlainWord(ReadOnlySpan<char> s, int i)
    {
        var j = i - 1;
        if (j >= 0 && s[j] == ' ')
        {
            j--;
        }

        if (j < 0 || !char.IsAsciiLetter(s[j]) || AfterNumberOrSymbol(s, j + 1, skipSpace: false))
        {
            return false;
        }

        return !(j >= 1 && s[j - 1] == 'v' && s[j] == 'e' && (j < 2 || !IsTokenChar(s[j - 2])));
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '/' or '-';

    // A comma after a number or a symbol continues a list or leads to the date: "217, 218", "13-CT/ĐU, ngày".
    private static bool AfterNumberOrSymbol(ReadOnlySpan<char> s, int i, bool skipSpace = true)
    {
        var j = i - 1;
        if (skipSpace && j >= 0 && s[j] == ' ')
        {
            j--;
        }

        if (j < 0 || !char.IsAsciiLetter(s[j]))
        {
            return j < 0 || char.IsAsciiDigit(s[j]) || s[j] is '/' or '-';
        }

        for (var k = j; k >= 0 && j - k < MaximumTokenLength; k--)
        {
            var c = s[k];
            if (char.IsAsciiDigit(c))
            {
                return true;
            }

            if (!char.IsAsciiLetter(c) && c is not ('/' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // Source side of QuoteAfterPlainWord, stricter: one separator at most, and a visible word before it.
    private static bool SourceQuoteAfterPlainWord(string text, int i)
    {
        var map = FoldTable.Map;
        var j = i - 1;
        if (j >= 1 && map[text[j]] == FoldTable.Space)
        {
            j--;
        }

        return j >= 0 && char.IsAsciiLetter(map[text[j]]) && SourceWordWithoutDigit(text, j) && !SourceWordIsVe(text, j);
    }

    // True when the visible word ending at j folds to "về" exactly.
    private static bool SourceWordIsVe(string text, int j)
    {
        var map = FoldTable.Map;
        return j >= 1 && map[text[j]] == 'e' && map[text[j - 1]] == 'v'
            && (j < 2 || map[text[j - 2]] is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '/' or '-' or FoldTable.Drop));
    }

    // Source side of AfterNumberOrSymbol, stricter: the character before the comma and its whole word must be
    // visible letters, "/" or "-" with no digit, ending at a visible character that belongs to no symbol.
    private static bool SourceWordWithoutDigit(string text, int j)
    {
        var map = FoldTable.Map;
        if (!char.IsAsciiLetter(map[text[j]]))
        {
            var c = map[text[j]];
            return !char.IsAsciiDigit(c) && c is not ('/' or '-' or FoldTable.Drop or FoldTable.Space or FoldTable.Surrogate);
        }

        for (var k = j; k >= 0 && j - k < MaximumTokenLength; k--)
        {
            var c = map[text[k]];
            if (char.IsAsciiLetter(c) || c is '/' or '-')
            {
                continue;
            }

            return !char.IsAsciiDigit(c) && c is not (FoldTable.Drop or FoldTable.Surrogate);
        }

        return false;
    }
}
