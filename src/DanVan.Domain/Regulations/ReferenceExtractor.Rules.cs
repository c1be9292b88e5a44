using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Regulations;

// The rules that read one reference: type word, "số", numbers, date, title, issuer; each works on the folded text.
public sealed partial class ReferenceExtractor
{
    private const int MaximumDigits = 6;
    private const int MaximumTitleLength = 400;
    private const int MaximumLawNameWords = 12;
    private const int MaximumSymbolLength = 64;

    // Words that, after a bare number, show it counts something rather than numbers a document.
    private static readonly HashSet<string> MeasureWords = new(StringComparer.Ordinal)
    {
        "nam", "thang", "tuan", "gio", "phut", "lan", "luot", "ho", "nguoi", "cuoc", "xa", "phuong", "huyen", "tinh",
        "don", "ty", "trieu", "nghin", "ngan", "tram", "dong", "km", "ha", "m", "met", "tan", "kg", "diem", "mo", "lop",
        "buoi", "hoc", "can", "hoi", "doan", "chi", "to", "thon", "ap", "ban", "khu", "truong", "vu", "viec", "nhiem",
        "giai", "noi", "tieu", "phan", "cai", "chiec", "ngoi", "con", "suat", "vi", "muc", "dieu", "khoan", "chuong",
        "trang", "thanh", "dai", "nganh", "cap", "so",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MeasureWordLookup = MeasureWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly TypeWord[][] WordsByFirstLetter = IndexWords();

    // What extraction copies out of prose, cleaned or parsed once per spelling: the same few hundred come back in every
    // article, and cleaning (white space, invisible characters, tone marks) or parsing costs more than the rest.
    private static readonly SpanMemo<string> CleanedNames = new(TextValidator.Clean, 4096, 128);
    private static readonly SpanMemo<(string Raw, ParseResult<DocumentNumber> Parsed)> ParsedSymbols =
        new(raw => (raw, DocumentNumber.ParseResult(raw)), 4096, MaximumSymbolLength);

    /// <summary>A type word, an optional qualifier, "số", then one number or symbol or a list of them.</summary>
    private int? TryTypedReference(ReferenceWindow window, int start, List<Item> items, List<DocumentReference> found)
    {
        var fold = window.Fold;
        var text = window.Source;
        var s = fold.Text;
        var word = MatchTypeWord(s, start);
        if (word is null)
        {
            return null;
        }

        var (folded, kind) = (word.Folded, word.Kind);
        var wordEnd = start + folded.Length;
        var p = FoldedText.SkipSpace(s, wordEnd);
        var hasSo = ReadSo(s, ref p);
        var longGap = false;
        if (!hasSo && !IsDigitAt(s, p))
        {
            // "Chương trình phối hợp số 01", "Chương trình động số 20" (a typo kept by scraping); laws also carry their
            // name: "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15".
            var maximumWords = WordsBeforeSo(kind);
            var q = p;
            for (var words = 0; words < maximumWords && q < s.Length && char.IsLetter(s[q]); words++)
            {
                q = FoldedText.SkipSpace(s, SkipWord(s, q));
                var afterSo = q;
                if (ReadSo(s, ref afterSo) && IsDigitAt(s, afterSo))
                {
                    hasSo = true;
                    longGap = words > 0;
                    p = afterSo;
                    break;
                }
            }

            if (!hasSo)
            {
                return null;
            }
        }

        var capitalised = char.IsUpper(text[fold.SourceIndex[start]]);
        items.Clear();
        var item = ReadItem(fold, text, p, allowBare: (hasSo || capitalised) && !longGap);
        if (item is null)
        {
            return null;
        }

        items.Add(item.Value);
        p = item.Value.End;
        while (TryListSeparator(s, p, out var nextItemStart))
        {
            var listed = ReadItem(fold, text, nextItemStart, allowBare: hasSo || capitalised);
            if (listed is null)
            {
                break;
            }

            items.Add(listed.Value);
            p = listed.Value.End;
        }

        var typeWord = word.Clean(text.AsSpan()[fold.SourceIndex[start]..fold.SourceEndWithMarks(wordEnd, text)]);
        return Emit(window, start, typeWord, kind, items, p, found);
    }

    /// <summary>A full symbol with no type word before it, accepted only when its type or issuer is known.</summary>
    private int? TrySymbolReference(ReferenceWindow window, int start, List<Item> items, List<DocumentReference> found)
    {
        var fold = window.Fold;
        var text = window.Source;
        if (!IsDigitAt(fold.Text, start))
        {
            return null;
        }

        var item = ReadItem(fold, text, start, allowBare: false);
        if (item is not { Number: { } number } symbol || (number.Type is null && number.Issuer is null))
        {
            return null;
        }

        items.Clear();
        items.Add(symbol);
        return Emit(window, start, null, number.Type?.Kind, items, symbol.End, found);
    }

    /// <summary>Reads what follows the items (date, quoted title, issuer), resolves and records the references.</summary>
    private int Emit(ReferenceWindow window, int start, string? typeWord, DocumentKind? kind, List<Item> items, int p, List<DocumentReference> found)
    {
        var fold = window.Fold;
        var text = window.Source;
        var s = fold.Text;
        var end = p;
        NodaTime.LocalDate? date = null;
        var q = SkipComma(s, p);
        if (FoldedText.IsWordAt(s, q, "ngay") && VietnameseDate.TryMatchAt(fold, text, q, out var dateMatch, out var dateEnd) && dateMatch is { } match)
        {
            date = match.Value.ToLocalDate();
            end = dateEnd;
            q = SkipComma(s, dateEnd);
        }

        q = SkipQuotedTitle(window, s, q);
        string? issuerName = null;
        string? issuerAbbreviation = null;
        if (FoldedText.IsWordAt(s, q, "cua") || (q == end && q + 3 <= s.Length && s.Slice(q, 3).SequenceEqual("cua")))
        {
            var issuerStart = FoldedText.SkipSpace(s, q + 3);
            if (IssuerNames.TryRead(fold, text, issuerStart, out var issuerEnd, out issuerAbbreviation))
            {
                var source = fold.SourceIndex[issuerStart];
                issuerName = CleanedNames.Get(text.AsSpan()[source..fold.SourceEndWithMarks(issuerEnd, text)]);
                end = issuerEnd;
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var from = fold.SourceIndex[i == 0 ? start : item.Start];
            var to = fold.SourceEndWithMarks(i == items.Count - 1 ? Math.Max(end, item.End) : item.End, text);
            found.Add(new DocumentReference
            {
                Index = from,
                Length = to - from,
                Text = text[from..to],
                TypeWord = typeWord,
                Kind = kind,
                Number = item.Value,
                Symbol = item.Symbol,
                DocumentNumber = item.Number,
                SymbolError = item.Error,
                Date = date,
                IssuerName = issuerName,
                IssuerAbbreviation = issuerAbbreviation,
                Regulation = Resolve(item, kind, date, issuerAbbreviation),
            });
        }

        return Math.Max(end, items[^1].End);
    }

    /// <summary>A number or symbol at <paramref name="p"/>; null when there is none that can number a document.</summary>
    private static Item? ReadItem(MappedFold fold, string text, int p, bool allowBare)
    {
        var s = fold.Text;
        if (!IsDigitAt(s, p))
        {
            return null;
        }

        var digitsEnd = p;
        while (digitsEnd < s.Length && char.IsAsciiDigit(s[digitsEnd]))
        {
            digitsEnd++;
        }

        if (digitsEnd - p > MaximumDigits)
        {
            return null;
        }

        var value = 0;
        for (var i = p; i < digitsEnd; i++)
        {
            value = (value * 10) + (s[i] - '0'); // at most six ASCII digits
        }

        // Bounded, so that a long run such as "1-1-1-1…" costs linear time overall, not quadratic.
        var symbolEnd = digitsEnd;
        while (symbolEnd < s.Length && (char.IsAsciiLetterOrDigit(s[symbolEnd]) || s[symbolEnd] is '/' or '-'))
        {
            if (++symbolEnd - p > MaximumSymbolLength)
            {
                return null;
            }
        }

        while (symbolEnd > digitsEnd && s[symbolEnd - 1] is '/' or '-')
        {
            symbolEnd--;
        }

        if (LooksLikeSymbol(s, digitsEnd, symbolEnd))
        {
            var (raw, parsed) = ParsedSymbols.Get(text.AsSpan()[fold.SourceIndex[p]..fold.SourceEnd(symbolEnd)]);
            return parsed.TryGetValue(out var number, out var error)
                ? new Item(p, symbolEnd, number.Number, raw, number, null)
                : new Item(p, symbolEnd, value, raw, null, error);
        }

        if (!allowBare || value == 0 || !EndsBareNumber(fold, text, digitsEnd))
        {
            return null;
        }

        return new Item(p, digitsEnd, value, null, null, null);
    }

    /// <summary>After the digits, a separator then a letter (290-QĐ, 70/KH) or a year then a separator (04/2015/).</summary>
    private static bool LooksLikeSymbol(ReadOnlySpan<char> s, int digitsEnd, int symbolEnd)
    {
        if (symbolEnd - digitsEnd < 2 || s[digitsEnd] is not ('/' or '-'))
        {
            return false;
        }

        var next = s[digitsEnd + 1];
        if (char.IsAsciiLetter(next))
        {
            return true;
        }

        var year = digitsEnd + 1;
        while (year < symbolEnd && char.IsAsciiDigit(s[year]))
        {
            year++;
        }

        return s[digitsEnd] == '/' && year - digitsEnd - 1 == 4 && year + 1 < symbolEnd && s[year] == '/' && char.IsAsciiLetter(s[year + 1]);
    }

    /// <summary>A bare number must end the word and not be followed by a measure word (năm, hộ, lượt...).</summary>
    private static bool EndsBareNumber(MappedFold fold, string text, int digitsEnd)
    {
        var s = fold.Text;
        if (digitsEnd < s.Length)
        {
            var c = s[digitsEnd];
            if (char.IsLetter(c))
            {
                // Glued by scraping: "217của".
                return s.Slice(digitsEnd).StartsWith("cua", StringComparison.Ordinal) &&
                       (digitsEnd + 3 == s.Length || !char.IsLetterOrDigit(s[digitsEnd + 3]));
            }

            if (c is '/' or '-' or '%' || (c is '.' or ',' && digitsEnd + 1 < s.Length && char.IsAsciiDigit(s[digitsEnd + 1])))
            {
                return false;
            }
        }

        var next = FoldedText.SkipSpace(s, digitsEnd);
        var wordEnd = next;
        while (wordEnd < s.Length && char.IsLetterOrDigit(s[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd == next)
        {
            return true;
        }

        var word = s.Slice(next, wordEnd - next);
        if (word.SequenceEqual("ngay"))
        {
            return VietnameseDate.TryMatchAt(fold, text, next, out var date, out _) && date is not null;
        }

        return !MeasureWordLookup.Contains(word);
    }

    private Regulation? Resolve(Item item, DocumentKind? kind, NodaTime.LocalDate? date, string? issuerAbbreviation)
    {
        if (item.Number is { } number)
        {
            return _catalog.Find(number, date);
        }

        if (item.Symbol is not null || issuerAbbreviation is null || kind is null || !_byNumber.TryGetValue(item.Value, out var candidates))
        {
            return null;
        }

        Regulation? match = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Kind == kind && candidate.Number.IssuerAbbreviation == issuerAbbreviation && (date is null || candidate.IssueDate == date))
            {
                if (match is not null)
                {
                    return null; // several documents fit: never guessed
                }

                match = candidate;
            }
        }

        return match;
    }

    private static bool TryListSeparator(ReadOnlySpan<char> s, int p, out int next)
    {
        var q = FoldedText.SkipSpace(s, p);
        if (q < s.Length && s[q] == ',')
        {
            q = FoldedText.SkipSpace(s, q + 1);
        }
        else if (FoldedText.IsWordAt(s, q, "va"))
        {
            q = FoldedText.SkipSpace(s, q + 2);
        }
        else
        {
            next = p;
            return false;
        }

        next = q;
        return IsDigitAt(s, q);
    }

    /// <summary>"số", "số:", "số." after the type word; moves past it.</summary>
    private static bool ReadSo(ReadOnlySpan<char> s, ref int p)
    {
        if (p + 2 > s.Length || !s.Slice(p, 2).SequenceEqual("so") || (p + 2 < s.Length && char.IsLetter(s[p + 2])))
        {
            return false;
        }

        var q = p + 2;
        if (q < s.Length && s[q] is ':' or '.')
        {
            q++;
        }

        p = FoldedText.SkipSpace(s, q);
        return true;
    }

    private static int SkipComma(ReadOnlySpan<char> s, int p)
    {
        var q = FoldedText.SkipSpace(s, p);
        return q < s.Length && s[q] == ',' ? FoldedText.SkipSpace(s, q + 1) : q;
    }

    /// <summary>Skips a quoted title, optionally after "về": Chỉ thị số 16-CT/TU về “Đồng khởi mới” của…</summary>
    private static int SkipQuotedTitle(ReferenceWindow window, ReadOnlySpan<char> s, int p)
    {
        var q = p;
        if (FoldedText.IsWordAt(s, q, "ve"))
        {
            q = FoldedText.SkipSpace(s, q + 2);
        }

        if (q >= s.Length || s[q] != '"')
        {
            return p;
        }

        var searched = Math.Min(MaximumTitleLength, s.Length - q - 1);
        var close = s.Slice(q + 1, searched).IndexOf('"');
        if (close < 0)
        {
            window.NoteUnclosedTitle(searchCutShort: searched < MaximumTitleLength);
            return p;
        }

        // The one rule that reads past stops (ReadingStops): the window must reach beyond the closing quote.
        window.NoteTitle(q + 1 + close);
        return FoldedText.SkipSpace(s, q + 2 + close);
    }

    private static TypeWord? MatchTypeWord(ReadOnlySpan<char> s, int p)
    {
        var c = s[p];
        if (c is < 'a' or > 'z')
        {
            return null;
        }

        foreach (var word in WordsByFirstLetter[c - 'a'])
        {
            if (FoldedText.IsWordAt(s, p, word.Folded))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>A word starts after a non-letter, or where scraping glued a capital to the previous word ("theoNghị").</summary>
    private static bool IsWordStart(MappedFold fold, string text, int p)
    {
        var s = fold.Text;
        if (p == 0 || !char.IsLetterOrDigit(s[p - 1]))
        {
            return true;
        }

        var current = text[fold.SourceIndex[p]];
        var previous = text[fold.SourceIndex[p - 1]];
        return char.IsUpper(current) && char.IsLower(previous);
    }

    /// <summary>How many words may stand between a type word and "số": a qualifier ("Chương trình phối hợp"), or a law's name.</summary>
    private static int WordsBeforeSo(DocumentKind kind) =>
        kind is DocumentKind.Law or DocumentKind.Code or DocumentKind.Ordinance ? MaximumLawNameWords : 1;

    private static bool IsDigitAt(ReadOnlySpan<char> s, int p) => p < s.Length && char.IsAsciiDigit(s[p]);

    private static int SkipWord(ReadOnlySpan<char> s, int p)
    {
        var q = p;
        while (q < s.Length && char.IsLetterOrDigit(s[q]))
        {
            q++;
        }

        return q == p ? p + 1 : q;
    }

    private static TypeWord[][] IndexWords()
    {
        var index = new List<TypeWord>[26];
        for (var i = 0; i < index.Length; i++)
        {
            index[i] = [];
        }

        foreach (var (word, folded, kind) in DocumentTypeWords.Words)
        {
            index[folded[0] - 'a'].Add(new TypeWord(word, folded, kind));
        }

        return index.Select(l => l.ToArray()).ToArray();
    }

    /// <summary>A type word, with its two usual spellings ("Quyết định", "quyết định") already cleaned.</summary>
    private sealed class TypeWord(string word, string folded, DocumentKind kind)
    {
        private readonly string _lower = word.ToLowerInvariant();
        private readonly string _cleaned = TextValidator.Clean(word);
        private readonly string _cleanedLower = TextValidator.Clean(word.ToLowerInvariant());

        internal string Folded { get; } = folded;

        internal DocumentKind Kind { get; } = kind;

        /// <summary>The type word as prose spells it, cleaned (<see cref="TextValidator.Clean"/>).</summary>
        internal string Clean(ReadOnlySpan<char> spelled) =>
            spelled.SequenceEqual(word) ? _cleaned
            : spelled.SequenceEqual(_lower) ? _cleanedLower
            : CleanedNames.Get(spelled);
    }

    /// <summary>One number of a reference: folded span, value, and the symbol when there is one.</summary>
    private readonly record struct Item(int Start, int End, int Value, string? Symbol, DocumentNumber? Number, ValidationIssue? Error);
}
