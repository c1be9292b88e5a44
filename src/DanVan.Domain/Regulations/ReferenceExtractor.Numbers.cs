using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using DanVan.Domain.Text;

namespace DanVan.Domain.Regulations;

// Every reference holds a number, so the extractor starts from the numbers and looks back from each one for the
// type word that may lead to it. These are the questions asked of a number and of what stands before it.
public sealed partial class ReferenceExtractor
{
    // Source characters folded before a number that may end a type word's reach: a type word, a qualifier and
    // "số"; or a type word alone. A window that proves too short is folded again further back.
    private const int NearLookBack = 48;
    private const int TypeWordLookBack = 24;

    // How far back to look for the punctuation that bounds a law's name; past it, windows grow as needed.
    private const int NameLookBack = 160;

    // Source characters folded after a number when no stop comes sooner (ReadingStops); more when the rules need it.
    private const int InitialLookAhead = 256;

    // At most two type words end at one place ("Luật" and "Bộ luật"), at 14 places: "Quyết định 217" and 13 before "số".
    private const int MaximumTypeWordStarts = 32;

    // Enough folded characters before a number for " số: ", or a space and the last syllable of a type word (five letters at most).
    private const int TailLength = 6;

    // Source characters read back for them; more only in runs of invisible characters.
    private const int TailSource = 64;

    // By the last letter of their folded form, then by last syllable: every type word, and those that may give a
    // name before "số" (laws).
    private static readonly (string Ending, string[] Words)[][] WordsByLastLetter = IndexWordsByLastLetter(_ => true);
    private static readonly (string Ending, string[] Words)[][] NamedWordsByLastLetter = IndexWordsByLastLetter(kind => WordsBeforeSo(kind) > 1);

    // The same by their last two letters (26 x 26), for the usual case where both lie in the window.
    private static readonly (string Ending, string[] Words)[][] WordsByLastTwoLetters = IndexWordsByLastTwoLetters(_ => true);
    private static readonly (string Ending, string[] Words)[][] NamedWordsByLastTwoLetters = IndexWordsByLastTwoLetters(kind => WordsBeforeSo(kind) > 1);

    // The last syllable of each type word ("dinh" for "quyết định", "dong" for "chương trình hành động"), by its last letter.
    private static readonly string[][] TypeWordEndingsByLastLetter = IndexTypeWordEndings();

    // ASCII punctuation: none can stand inside the words between a type word and "số" (nor can the dashes,
    // quotes and dots of U+2010-U+2027, searched apart as a range).
    private static readonly SearchValues<char> NameBreakers = SearchValues.Create("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");

    // The last syllables of the type words that may give a name before "số": "luat" (Luật, Bộ luật), "lenh" (Pháp lệnh).
    private static readonly string[] NamedTypeWordEndings = DocumentTypeWords.Words
        .Where(w => WordsBeforeSo(w.Kind) > 1)
        .Select(w => LastSyllable(w.Folded).ToString())
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    // Every character that folds to the first letter of one of them ("l", "L", full-width "ｌ"...).
    private static readonly SearchValues<char> NamedEndingStarts = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => NamedTypeWordEndings.Any(e => FoldTable.Map[c] == e[0]))
            .ToArray());

    private static readonly int LongestTypeWordEnding = DocumentTypeWords.Words.Max(w => LastSyllable(w.Folded).Length);

    /// <summary>What the text just before a number allows.</summary>
    [Flags]
    private enum NumberSide
    {
        /// <summary>The number continues a word or a number: nothing can start with it or end at it.</summary>
        None = 0,

        /// <summary>
        /// No type word can reach past this number to a later one: it starts a word, or follows "số" ("số20"). Type
        /// words before it need not be tried again for later numbers.
        /// </summary>
        Blocks = 1,

        /// <summary>It may follow "số" ("số 20", "số:20", "số20"): a typed reference may end its reach here.</summary>
        FollowsSo = 2,

        /// <summary>It may follow a type word and a space ("Nghị quyết 25"): a typed reference may start just before.</summary>
        FollowsTypeWord = 4,

        /// <summary>It starts a word and a symbol shape follows ("290-QĐ", "04/2015/NĐ"): it may be a reference on its own.</summary>
        MayStartSymbol = 8,
    }

    /// <summary>What may involve the number whose digits are <c>text[start..runEnd]</c>, from its folded neighbours.</summary>
    private static NumberSide Look(string text, int start, int runEnd)
    {
        // ASCII punctuation just before ("25/2/2010", "(290"), but not the ":" or "." of "số:": a word starts here, and
        // no type word or "số" can stand right before.
        if (start > 0 && text[start - 1] is (> ' ' and < '0') or (> '9' and < 'A') or (> 'Z' and < 'a') or (> 'z' and < '\u007F')
            && text[start - 1] is not (':' or '.'))
        {
            return NumberSide.Blocks | (MayStartSymbol(text, runEnd) ? NumberSide.MayStartSymbol : NumberSide.None);
        }

        Span<char> buffer = stackalloc char[TailLength];
        var written = FoldedTail.Read(text, start, buffer, TailSource, out var whole);
        var before = buffer[^written..];
        if (written > 0 && char.IsAsciiDigit(before[^1]))
        {
            return NumberSide.None; // digits split by an invisible character: the number started earlier
        }

        var wordStart = written == 0 || !char.IsLetterOrDigit(before[^1]);
        var side = NumberSide.None;
        if (wordStart || before.EndsWith(" so"))
        {
            side |= NumberSide.Blocks;
        }

        side |= WhatMayStandBefore(before, whole);

        if (wordStart && MayStartSymbol(text, runEnd))
        {
            side |= NumberSide.MayStartSymbol;
        }

        return side;
    }

    /// <summary>
    /// Whether "số" ("số 20", "số:20", "số20") or a type word and a space ("Nghị quyết 25") may stand just before;
    /// when neither, no typed reference has this number first.
    /// </summary>
    private static NumberSide WhatMayStandBefore(ReadOnlySpan<char> before, bool whole)
    {
        var end = before.Length;
        var spaced = end > 0 && before[end - 1] == ' ';
        if (spaced)
        {
            end--;
        }

        var marked = end > 0 && before[end - 1] is ':' or '.';
        if (marked)
        {
            end--;
        }

        var wordStart = end;
        while (wordStart > 0 && char.IsLetterOrDigit(before[wordStart - 1]))
        {
            wordStart--;
        }

        var word = before[wordStart..end];
        if (wordStart == 0 && !whole && word.Length < LongestTypeWordEnding)
        {
            return NumberSide.FollowsSo | NumberSide.FollowsTypeWord; // the word may be longer than what was read
        }

        var side = word.EndsWith("so") ? NumberSide.FollowsSo : NumberSide.None;
        if (!spaced || marked || word.IsEmpty || word[^1] is < 'a' or > 'z')
        {
            return side;
        }

        foreach (var ending in TypeWordEndingsByLastLetter[word[^1] - 'a'])
        {
            if (word.EndsWith(ending))
            {
                return side | NumberSide.FollowsTypeWord;
            }
        }

        return side;
    }

    /// <summary>
    /// False only when what follows the digits cannot be read as a symbol (see LooksLikeSymbol): a separator then a
    /// letter ("290-QĐ", "70/KH"), or "/", a four-digit year, "/" and a letter ("04/2015/NĐ").
    /// </summary>
    private static bool MayStartSymbol(string text, int runEnd)
    {
        // Most numbers are followed by a space or punctuation: ASCII that is neither a separator nor a digit.
        if (runEnd == text.Length || (text[runEnd] < '\u0080' && text[runEnd] is not ('/' or '-' or (>= '0' and <= '9'))))
        {
            return false;
        }

        var map = FoldTable.Map;
        var i = SkipInvisible(text, runEnd);
        if (i == text.Length)
        {
            return false;
        }

        var separator = map[text[i]];
        if (char.IsAsciiDigit(separator))
        {
            return true; // the digits go on after an invisible character
        }

        if (separator is not ('/' or '-'))
        {
            return false;
        }

        i = SkipInvisible(text, i + 1);
        if (i == text.Length)
        {
            return false;
        }

        var next = map[text[i]];
        if (char.IsAsciiLetter(next))
        {
            return true;
        }

        var yearDigits = 0;
        while (separator == '/' && char.IsAsciiDigit(next) && yearDigits <= 4)
        {
            yearDigits++;
            i = SkipInvisible(text, i + 1);
            if (i == text.Length)
            {
                return false;
            }

            next = map[text[i]];
        }

        if (yearDigits != 4 || next != '/')
        {
            return false;
        }

        i = SkipInvisible(text, i + 1);
        return i < text.Length && char.IsAsciiLetter(map[text[i]]);
    }

    /// <summary>
    /// How many source characters before the number at <paramref name="start"/> to fold so that every type word
    /// whose reach may end at it is inside; and whether a law's name may stand between the type word and "số"
    /// (<paramref name="names"/>): only when "luật" or "lệnh" is written since the last punctuation, which no name
    /// crosses.
    /// </summary>
    private static int LookBackFor(string text, int start, int floor, out bool names)
    {
        var lowest = Math.Max(floor, start - NameLookBack);
        var breaker = LastBreaker(text.AsSpan(lowest, start - lowest));
        if (breaker >= 0 && text[lowest + breaker] is ':' or '.' && FoldsToNothingButSpace(text.AsSpan(lowest + breaker + 1, start - lowest - breaker - 1)))
        {
            // The ":" or "." of "số:", "số." belongs to this number: look before it.
            breaker = LastBreaker(text.AsSpan(lowest, breaker));
        }

        if (breaker < 0 && lowest > floor)
        {
            names = true; // no punctuation close enough to bound a name: fold as much and let the window grow
            return NameLookBack;
        }

        // No reach crosses punctuation: fold from it (it gives the left context), or from the floor's context.
        var nameStart = breaker < 0 ? lowest : lowest + breaker + 1;
        names = HoldsNamedTypeWordEnding(text, nameStart, start);
        var toPunctuation = start - nameStart + 1;
        return names ? toPunctuation : Math.Min(toPunctuation, NearLookBack);
    }

    /// <summary>True when <c>text[from..to]</c> holds, once folded, "luat" or "lenh" (the syllables that end a law's type word).</summary>
    private static bool HoldsNamedTypeWordEnding(string text, int from, int to)
    {
        var map = FoldTable.Map;
        for (var i = from; i < to; i++)
        {
            var found = text.AsSpan(i, to - i).IndexOfAny(NamedEndingStarts);
            if (found < 0)
            {
                return false;
            }

            i += found;
            foreach (var ending in NamedTypeWordEndings)
            {
                if (FoldsTo(text, i, to, ending))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when <c>text[from..to]</c> starts with what folds to <paramref name="folded"/> (letters only), decomposed marks and all.</summary>
    private static bool FoldsTo(string text, int from, int to, string folded)
    {
        var map = FoldTable.Map;
        var k = from;
        foreach (var letter in folded)
        {
            k = SkipInvisible(text, k);
            if (k >= to || map[text[k]] != letter)
            {
                return false;
            }

            k++;
        }

        return true;
    }

    /// <summary>
    /// Writes, in order, the folded positions where a type word starts whose reach ends at the number at
    /// <paramref name="number"/>: the type word then a space ("Quyết định 217"), or then "số" with at most one word
    /// between ("Chương trình phối hợp số 05") or a law's name ("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15").
    /// A typed reference of this number can start nowhere else. Positions below <paramref name="lowest"/> are left
    /// out, and names before "số" unless <paramref name="names"/>. When the window does not reach back to the floor
    /// (<paramref name="atFloor"/> false) and the answer depends on text before it, <paramref name="cut"/> is set
    /// and the caller must look further back.
    /// </summary>
    private static int TypeWordStarts(ReadOnlySpan<char> s, int number, int lowest, bool atFloor, bool names, Span<int> starts, out bool cut)
    {
        var count = 0;
        cut = false;
        if (number - 1 >= lowest && s[number - 1] == ' ')
        {
            AddTypeWordsEndingAt(s, number - 1, 0, lowest, atFloor, starts, ref count, ref cut);
        }

        for (var so = Math.Max(0, number - 4); so <= number - 2; so++)
        {
            var afterSo = so;
            if (s[so] != 's' || s[so + 1] != 'o' || !ReadSo(s, ref afterSo) || afterSo != number)
            {
                continue;
            }

            if (so - 1 < lowest)
            {
                cut |= !atFloor;
                continue;
            }

            if (s[so - 1] != ' ')
            {
                continue;
            }

            // Back from "số", one word at a time: the type word may end before any of the words a name allows.
            var end = so - 1;
            for (var gap = 0; ; gap++)
            {
                AddTypeWordsEndingAt(s, end, gap, lowest, atFloor, starts, ref count, ref cut);
                if (gap == (names ? MaximumLawNameWords : 1))
                {
                    break;
                }

                if (end <= lowest)
                {
                    // The next word would lie before the window (or before the floor, where nothing can start).
                    cut |= !atFloor && (end < lowest || char.IsLetterOrDigit(s[end - 1]));
                    break;
                }

                var wordStart = end;
                while (wordStart > lowest && char.IsLetterOrDigit(s[wordStart - 1]))
                {
                    wordStart--;
                }

                if (wordStart == end || !char.IsLetter(s[wordStart]))
                {
                    break;
                }

                if (wordStart == lowest)
                {
                    // The word may go on before the window; or it crosses the floor, where nothing can start.
                    cut |= !atFloor && (lowest == 0 || char.IsLetterOrDigit(s[lowest - 1]) || s[lowest - 1] == ' ');
                    break;
                }

                if (s[wordStart - 1] != ' ')
                {
                    break;
                }

                end = wordStart - 1;
            }
        }

        // Few and nearly sorted (found backwards): insertion sort.
        for (var i = 1; i < count; i++)
        {
            var value = starts[i];
            var j = i - 1;
            for (; j >= 0 && starts[j] > value; j--)
            {
                starts[j + 1] = starts[j];
            }

            starts[j + 1] = value;
        }

        return count;
    }

    /// <summary>Adds the starts of the type words that end at folded <paramref name="end"/> with <paramref name="gap"/> words between them and "số".</summary>
    private static void AddTypeWordsEndingAt(ReadOnlySpan<char> s, int end, int gap, int lowest, bool atFloor, Span<int> starts, ref int count, ref bool cut)
    {
        if (end == 0)
        {
            cut |= !atFloor; // the word would end before the window
            return;
        }

        var last = s[end - 1];
        if (last is < 'a' or > 'z')
        {
            return;
        }

        // Every type word allows one word before "số" (a qualifier); only laws allow more (their name). Every type word
        // ends in two letters: look them both up when both lie in the window.
        (string Ending, string[] Words)[] groups;
        if (end - lowest >= 2)
        {
            var beforeLast = s[end - 2];
            if (beforeLast is < 'a' or > 'z')
            {
                return;
            }

            groups = (gap > 1 ? NamedWordsByLastTwoLetters : WordsByLastTwoLetters)[((beforeLast - 'a') * 26) + (last - 'a')];
        }
        else
        {
            groups = (gap > 1 ? NamedWordsByLastLetter : WordsByLastLetter)[last - 'a'];
        }

        foreach (var (ending, words) in groups)
        {
            if (!EndsWithInside(s, end, lowest, ending))
            {
                continue;
            }

            foreach (var folded in words)
            {
                if (!EndsWithInside(s, end, lowest, folded))
                {
                    continue;
                }

                var begin = end - folded.Length;
                if (begin >= lowest)
                {
                    if (count < starts.Length && !starts[..count].Contains(begin))
                    {
                        starts[count++] = begin;
                    }
                }
                else
                {
                    // The part inside the window matches; the rest lies before it: look further back, unless that is
                    // before the floor, where nothing may start.
                    cut |= !atFloor;
                }
            }
        }
    }

    /// <summary>True when the part of <paramref name="word"/> that would lie at or after <paramref name="lowest"/>, ending at <paramref name="end"/>, is there.</summary>
    private static bool EndsWithInside(ReadOnlySpan<char> s, int end, int lowest, string word)
    {
        // Backwards, character by character: short words, and most differ near their end.
        var inside = Math.Min(word.Length, end - lowest);
        for (var i = 1; i <= inside; i++)
        {
            if (s[end - i] != word[^i])
            {
                return false;
            }
        }

        return true;
    }

    private static int LastBreaker(ReadOnlySpan<char> text) =>
        Math.Max(text.LastIndexOfAny(NameBreakers), text.LastIndexOfAnyInRange('\u2010', '\u2027'));

    private static bool FoldsToNothingButSpace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (FoldTable.Map[c] is not (FoldTable.Space or FoldTable.Drop))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipInvisible(string text, int i)
    {
        var map = FoldTable.Map;
        while (i < text.Length && map[text[i]] == FoldTable.Drop)
        {
            i++;
        }

        return i;
    }

    private static ReadOnlySpan<char> LastSyllable(string folded) => folded.AsSpan(folded.LastIndexOf(' ') + 1);

    private static (string, string[])[][] IndexWordsByLastLetter(Func<DocumentKind, bool> include) =>
        Enumerable.Range(0, 26)
            .Select(letter => DocumentTypeWords.Words
                .Where(w => include(w.Kind) && w.Folded[^1] == 'a' + letter)
                .GroupBy(w => LastSyllable(w.Folded).ToString(), StringComparer.Ordinal)
                .Select(g => (g.Key, g.Select(w => w.Folded).ToArray()))
                .ToArray())
            .ToArray();

    private static (string, string[])[][] IndexWordsByLastTwoLetters(Func<DocumentKind, bool> include)
    {
        var byLastLetter = IndexWordsByLastLetter(include);
        return Enumerable.Range(0, 26 * 26)
            .Select(pair => byLastLetter[pair % 26].Where(g => g.Item1[^2] == 'a' + (pair / 26)).ToArray())
            .ToArray();
    }

    private static string[][] IndexTypeWordEndings()
    {
        var endings = DocumentTypeWords.Words.Select(w => LastSyllable(w.Folded).ToString()).Distinct(StringComparer.Ordinal).ToArray();
        return Enumerable.Range(0, 26).Select(letter => endings.Where(e => e[^1] == 'a' + letter).ToArray()).ToArray();
    }

    /// <summary>Finds the runs of digits of a text, ASCII or full-width (which fold to ASCII).</summary>
    private struct DigitFinder(string text)
    {
        // Searching a range above U+00FF is several times slower than the highest character of the text: look only
        // when there may be a full-width digit at all.
        private int _nextWide = Highest(text) >= '０' ? text.AsSpan().IndexOfAnyInRange('０', '９') : -1;

        /// <summary>The start of the first digit at or after <paramref name="from"/>, or -1.</summary>
        internal int Next(int from)
        {
            var ascii = text.AsSpan(from).IndexOfAnyInRange('0', '9');
            if (_nextWide >= 0 && _nextWide < from)
            {
                var wide = text.AsSpan(from).IndexOfAnyInRange('０', '９');
                _nextWide = wide < 0 ? -1 : from + wide;
            }

            if (ascii < 0)
            {
                return _nextWide;
            }

            return _nextWide >= 0 ? Math.Min(from + ascii, _nextWide) : from + ascii;
        }

        private static char Highest(string text)
        {
            var units = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
            var vectors = MemoryMarshal.Cast<ushort, Vector<ushort>>(units);
            var highest = Vector<ushort>.Zero;
            foreach (var vector in vectors)
            {
                highest = Vector.Max(highest, vector);
            }

            ushort result = 0;
            for (var i = 0; i < Vector<ushort>.Count; i++)
            {
                result = Math.Max(result, highest[i]);
            }

            foreach (var unit in units[(vectors.Length * Vector<ushort>.Count)..])
            {
                result = Math.Max(result, unit);
            }

            return (char)result;
        }

        /// <summary>Where the run of digits starting at <paramref name="start"/> ends.</summary>
        internal readonly int RunEnd(int start)
        {
            var end = start;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is >= '０' and <= '９'))
            {
                end++;
            }

            return end;
        }
    }
}
