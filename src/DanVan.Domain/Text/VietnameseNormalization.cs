using System.Buffers;

namespace DanVan.Domain.Text;

/// <summary>
/// The normal form of Vietnamese text for storage, display and exact comparison (dạng chuẩn hóa): every
/// Vietnamese letter precomposed (NFC), and tone marks placed canonically, so "Hoà" and "Hòa", or a name typed
/// with combining marks and the same name typed precomposed, become the same string.
/// </summary>
/// <remarks>
/// <para>Composition is table-driven (the 134 precomposed letters) and works without ICU, with identical results
/// under <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>. A base vowel followed by Vietnamese combining marks
/// (breve, circumflex, horn; grave, acute, hook above, tilde, dot below, in any order) becomes the precomposed
/// letter. Combining marks that form no Vietnamese letter are kept as they are, and text outside the Vietnamese
/// alphabet is not changed: this is NFC for Vietnamese, not a general Unicode normaliser.</para>
/// <para>Tone placement changes only the open syllables <c>oa</c>, <c>oe</c>, <c>uy</c> (see <see cref="ToneMarkStyle"/>);
/// the canonical style is <see cref="ToneMarkStyle.Traditional"/>, the one the official code lists use.
/// Syllables after <c>qu</c> keep the mark on the vowel ("quý"). White space and punctuation are not changed.</para>
/// <para>Normalising is idempotent and never throws; already normal text is returned as the same instance.
/// All members are thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// VietnameseNormalization.Normalize("Thuỵ Hoà");  // "Thụy Hòa"
/// VietnameseNormalization.Normalize("Ho\u0300a"); // "Hòa" (decomposed input composed)
/// </code>
/// </example>
public static class VietnameseNormalization
{
    private const int StackLimit = 256;

    /// <summary>The canonical form: NFC for Vietnamese letters and traditional tone placement. Null gives the empty string.</summary>
    public static string Normalize(string? text) => Normalize(text, ToneMarkStyle.Traditional);

    /// <summary>NFC for Vietnamese letters and tone marks placed in the given style. Null gives the empty string.</summary>
    public static string Normalize(string? text, ToneMarkStyle style)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!MayNeedWork(text, style))
        {
            return text;
        }

        if (text.Length <= StackLimit)
        {
            Span<char> buffer = stackalloc char[StackLimit];
            return ToStringIfChanged(text, buffer[..NormalizeCore(text, buffer, style)]);
        }

        var rented = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            return ToStringIfChanged(text, rented.AsSpan(0, NormalizeCore(text, rented, style)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>True when <paramref name="text"/> is already in the canonical form.</summary>
    public static bool IsNormalized(string? text) =>
        string.IsNullOrEmpty(text) || ReferenceEquals(Normalize(text), text);

    /// <summary>True when both texts have the same canonical form (null and empty are equal).</summary>
    public static bool NormalizedEquals(string? left, string? right) =>
        ReferenceEquals(left, right) || string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);

    // Marks that compose into nothing stay, so the text may come back unchanged: then keep the caller's instance.
    private static string ToStringIfChanged(string original, ReadOnlySpan<char> result) =>
        result.SequenceEqual(original) ? original : new string(result);

    private static bool MayNeedWork(ReadOnlySpan<char> text, ToneMarkStyle style)
    {
        foreach (var c in text)
        {
            if (IsVietnameseMark(c))
            {
                return true;
            }
        }

        // No marks to compose: only a misplaced tone can make the text non-canonical.
        var start = 0;
        while (NextWord(text, ref start, out var word))
        {
            if (ToneShift(word, style) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int NormalizeCore(ReadOnlySpan<char> source, Span<char> destination, ToneMarkStyle style)
    {
        var length = Compose(source, destination);
        var text = destination[..length];
        var start = 0;
        while (NextWord(text, ref start, out var word))
        {
            var shift = ToneShift(word, style);
            if (shift == 0)
            {
                continue;
            }

            // The word sits at start - word.Length; move the tone within its two-vowel nucleus.
            var offset = start - word.Length;
            var from = offset + FindNucleus(word) + (shift > 0 ? 0 : 1);
            var to = from + shift;
            VietnameseLetters.TryGetVowel(text[from], out var carrier);
            VietnameseLetters.TryGetVowel(text[to], out var receiver);
            text[to] = VietnameseLetters.WithTone(receiver, carrier.Tone);
            text[from] = VietnameseLetters.WithTone(carrier, Tone.Level);
        }

        return length;
    }

    /// <summary>Writes <paramref name="source"/> with each vowel and its Vietnamese combining marks composed.</summary>
    private static int Compose(ReadOnlySpan<char> source, Span<char> destination)
    {
        var written = 0;
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i++];
            if (!VietnameseLetters.TryGetVowel(c, out var vowel) || i >= source.Length || !IsVietnameseMark(source[i]))
            {
                destination[written++] = c;
                continue;
            }

            var modifier = vowel.Modifier;
            var tone = vowel.Tone;
            var keptStart = written + 1;
            var kept = 0;
            while (i < source.Length && IsVietnameseMark(source[i]))
            {
                var mark = source[i++];
                if (VietnameseLetters.TryGetToneMark(mark, out var markTone) && tone == Tone.Level)
                {
                    tone = markTone;
                }
                else if (VietnameseLetters.TryGetModifierMark(mark, out var markModifier)
                    && modifier == LetterModifier.None
                    && VietnameseLetters.TryCompose(vowel.Base, markModifier, Tone.Level, vowel.IsUpper, out _))
                {
                    modifier = markModifier;
                }
                else
                {
                    // A mark that forms no Vietnamese letter stays, after the letter.
                    destination[keptStart + kept++] = mark;
                }
            }

            VietnameseLetters.TryCompose(vowel.Base, modifier, tone, vowel.IsUpper, out var composed);
            destination[written] = composed;
            written = keptStart + kept;
        }

        return written;
    }

    private static bool IsVietnameseMark(char c) =>
        c is '\u0300' or '\u0301' or '\u0302' or '\u0303' or '\u0306' or '\u0309' or '\u031B' or '\u0323' or '\u0340' or '\u0341';

    /// <summary>Finds the next run of letters at or after <paramref name="start"/> and moves <paramref name="start"/> past it.</summary>
    private static bool NextWord(ReadOnlySpan<char> text, ref int start, out ReadOnlySpan<char> word)
    {
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        var begin = start;
        while (start < text.Length && char.IsLetter(text[start]))
        {
            start++;
        }

        word = text[begin..start];
        if (start < text.Length && IsVietnameseMark(text[start]))
        {
            // A mark that composed into nothing still follows: moving the tone would let it compose next time.
            word = text[begin..begin];
            return begin < text.Length;
        }

        return word.Length > 0;
    }

    /// <summary>
    /// For a word whose nucleus is an open <c>oa</c>, <c>oe</c> or <c>uy</c> with its tone in the wrong place for
    /// <paramref name="style"/>: +1 to move it right, -1 to move it left; otherwise 0.
    /// </summary>
    private static int ToneShift(ReadOnlySpan<char> word, ToneMarkStyle style)
    {
        var nucleus = FindNucleus(word);
        if (nucleus < 0)
        {
            return 0;
        }

        VietnameseLetters.TryGetVowel(word[nucleus], out var first);
        VietnameseLetters.TryGetVowel(word[nucleus + 1], out var second);
        var wantFirst = style == ToneMarkStyle.Traditional;
        if (wantFirst && second.Tone != Tone.Level && first.Tone == Tone.Level)
        {
            return -1;
        }

        return !wantFirst && first.Tone != Tone.Level && second.Tone == Tone.Level ? 1 : 0;
    }

    /// <summary>
    /// The index of an open two-vowel nucleus <c>oa</c>, <c>oe</c> or <c>uy</c> (no modifiers) that ends the word,
    /// after an onset of consonants only (<c>qu</c> counts as an onset, so "quý" has the one-vowel nucleus y); else -1.
    /// </summary>
    private static int FindNucleus(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return -1;
        }

        var n = word.Length - 2;

        // Most words end otherwise: the folded bases of the last two letters tell at once, before the vowel table.
        var map = FoldTable.Map;
        if ((map[word[n]], map[word[n + 1]]) is not (('o', 'a') or ('o', 'e') or ('u', 'y')))
        {
            return -1;
        }

        if (!VietnameseLetters.TryGetVowel(word[n], out var first) || !VietnameseLetters.TryGetVowel(word[n + 1], out var second)
            || first.Modifier != LetterModifier.None || second.Modifier != LetterModifier.None)
        {
            return -1;
        }

        var pair = (first.Base, second.Base);
        if (pair is not (('o', 'a') or ('o', 'e') or ('u', 'y')))
        {
            return -1;
        }

        for (var i = 0; i < n; i++)
        {
            var c = word[i];
            if (VietnameseLetters.TryGetVowel(c, out _) || !IsVietnameseConsonant(c))
            {
                return -1;
            }
        }

        // "qu" + y: the u belongs to the onset, so the tone is on y in both styles.
        if (n > 0 && pair == ('u', 'y') && (word[n - 1] is 'q' or 'Q'))
        {
            return -1;
        }

        return n;
    }

    private static bool IsVietnameseConsonant(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or 'đ' or 'Đ';
}
