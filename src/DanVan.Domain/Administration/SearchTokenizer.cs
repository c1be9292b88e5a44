namespace DanVan.Domain.Administration;

/// <summary>
/// Splits folded text into the words that unit names and queries are compared by, the same way for both, so that
/// "Q.11", "q11" and "quận 11" all give <c>q 11</c>/<c>quan 11</c> and "Ia H' Drai", "Ia H’Drai" and "ia hdrai" all
/// give <c>ia hdrai</c>.
/// </summary>
/// <remarks>
/// Rules, each for a spelling found in the data or in addresses: letters and digits make words; an apostrophe glues
/// the words on both sides, with any spaces beside it (the sources write "H'Leo", "H' Drai" and "K' Dang"); a digit
/// after a letter starts a new word ("q11", "p15"); leading zeros of a number go ("Phường 01" is Phường 1); a comma or
/// semicolon ends an address part; every other character separates words (".", "-", "/", brackets).
/// </remarks>
internal static class SearchTokenizer
{
    /// <summary>
    /// Tokenizes <paramref name="folded"/> (output of <see cref="Text.VietnameseFolding.FoldCore"/>) into
    /// <paramref name="chars"/> (at least as long as the folded text) and <paramref name="tokens"/>. Returns the number
    /// of tokens, or -1 when there are more than <paramref name="tokens"/> can hold.
    /// </summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="sourceIndex">For each folded character its index in the original text; empty when not needed.</param>
    /// <param name="chars">Receives the words' characters, one after another.</param>
    /// <param name="tokens">Receives the words.</param>
    /// <param name="glueApostrophes">False to let an apostrophe separate words instead ("h leo"): for indexing that spelling too.</param>
    internal static int Tokenize(ReadOnlySpan<char> folded, ReadOnlySpan<int> sourceIndex, Span<char> chars, Span<SearchToken> tokens, bool glueApostrophes = true)
    {
        var written = 0;
        var count = 0;
        var part = 0;
        var start = -1;
        var sourceStart = 0;
        var sourceEnd = 0;
        var glue = false;
        var previousIsLetter = false;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsLetterOrDigit(c))
            {
                var isDigit = char.IsAsciiDigit(c);
                if (start >= 0 && isDigit && previousIsLetter)
                {
                    if (!Close(chars, tokens, ref count, ref written, start, sourceStart, sourceEnd, part))
                    {
                        return -1;
                    }

                    start = -1;
                }

                if (start < 0)
                {
                    if (glue && count > 0 && tokens[count - 1].Part == part && tokens[count - 1].Start + tokens[count - 1].Length == written)
                    {
                        count--;
                        start = tokens[count].Start;
                        sourceStart = tokens[count].SourceStart;
                    }
                    else
                    {
                        start = written;
                        sourceStart = Source(sourceIndex, i);
                    }

                    glue = false;
                }

                chars[written++] = c;
                sourceEnd = Source(sourceIndex, i) + 1;
                previousIsLetter = !isDigit;
                continue;
            }

            if (start >= 0)
            {
                if (!Close(chars, tokens, ref count, ref written, start, sourceStart, sourceEnd, part))
                {
                    return -1;
                }

                start = -1;
            }

            switch (c)
            {
                case '\'':
                    glue = glueApostrophes;
                    break;
                case ',' or ';':
                    part++;
                    glue = false;
                    break;
                case ' ':
                    break;
                default:
                    glue = false;
                    break;
            }
        }

        if (start >= 0 && !Close(chars, tokens, ref count, ref written, start, sourceStart, sourceEnd, part))
        {
            return -1;
        }

        return count;
    }

    /// <summary>The words of <paramref name="text"/> (folded first), as strings: for building tables, not for queries.</summary>
    internal static string[] Words(string? text, bool glueApostrophes = true)
    {
        var folded = Text.VietnameseFolding.Fold(text);
        var chars = new char[folded.Length];
        var tokens = new SearchToken[folded.Length + 1];
        var count = Tokenize(folded, default, chars, tokens, glueApostrophes);
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = new string(tokens[i].Of(chars));
        }

        return words;
    }

    private static int Source(ReadOnlySpan<int> sourceIndex, int i) => sourceIndex.IsEmpty ? i : sourceIndex[i];

    private static bool Close(Span<char> chars, Span<SearchToken> tokens, ref int count, ref int written, int start, int sourceStart, int sourceEnd, int part)
    {
        if (count == tokens.Length)
        {
            return false;
        }

        // "01" and "1" are the same number; names never pad, addresses sometimes do.
        var word = chars[start..written];
        if (word.Length > 1 && word[0] == '0' && !word.ContainsAnyExceptInRange('0', '9'))
        {
            var zeros = word.IndexOfAnyExcept('0');
            zeros = zeros < 0 ? word.Length - 1 : zeros;
            word[zeros..].CopyTo(word);
            written -= zeros;
        }

        tokens[count++] = new SearchToken(start, written - start, sourceStart, sourceEnd, part);
        return true;
    }
}
