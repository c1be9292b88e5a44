using DanVan.Domain.Administration;
using DanVan.Domain.Text;

namespace DanVan.Domain.Organizations;

/// <summary>The folded words of the name: comparing them with phrases, keying them, and finding them in the text as written.</summary>
internal sealed partial class OrganizationNameParser
{
    private bool IsCentral(int start, int end, bool country)
    {
        Span<char> key = stackalloc char[MaximumLength * 2];
        return Key(start, end, key) is { } length && OrganizationNamePhrases.IsCentralMarker(key[..length], country);
    }

    private bool Matches(NamePhrase phrase, int start, int end)
    {
        if (phrase.Words.Length > end - start)
        {
            return false;
        }

        for (var i = 0; i < phrase.Words.Length; i++)
        {
            if (!Word(start + i).SequenceEqual(phrase.Words[i]))
            {
                return false;
            }
        }

        return true;
    }

    // The folded words of tokens [start, end) joined by single spaces, as the phrase tables key them.
    private int? Key(int start, int end, Span<char> buffer)
    {
        var written = 0;
        for (var i = start; i < end; i++)
        {
            var word = Word(i);
            if (written + word.Length + 1 > buffer.Length)
            {
                return null;
            }

            if (i > start)
            {
                buffer[written++] = ' ';
            }

            word.CopyTo(buffer[written..]);
            written += word.Length;
        }

        return written;
    }

    private ReadOnlySpan<char> Word(int token) => token < _tokens.Length ? _tokens[token].Of(_chars) : [];

    private bool IsNumber(int token) => token < _tokens.Length && !Word(token).ContainsAnyExceptInRange('0', '9');

    // A unit's kind starts here ("huyện", "xã", "tp", "tphcm"), but not the "xã" of "thị xã".
    private bool IsKindAt(int i)
    {
        if (UnitKindWords.MatchStart(_chars, _tokens.AsSpan(i), out _) > 0)
        {
            return i == 0 || _tokens[i - 1].Part != _tokens[i].Part || UnitKindWords.MatchStart(_chars, _tokens.AsSpan(i - 1), out _) != 2;
        }

        return UnitKindWords.IsGluedAbbreviation(Word(i));
    }

    // The original text of tokens [start, end), with any combining marks after the last letter.
    private string Source(int start, int end)
    {
        var from = _tokens[start].SourceStart;
        var to = _tokens[end - 1].SourceEnd;
        while (to < _text.Length && FoldTable.Map[_text[to]] == FoldTable.Drop)
        {
            to++;
        }

        return _text[from..to];
    }
}
