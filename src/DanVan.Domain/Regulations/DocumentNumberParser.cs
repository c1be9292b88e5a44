using System.Globalization;
using System.Runtime.CompilerServices;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Regulations;

/// <summary>
/// The grammar of document numbers, one hand-written scanner for both systems and both modes. Lenient input is
/// first rewritten into the official alphabet (dashes, slashes, full-width forms, prefix, trailing punctuation,
/// spaces around separators); then the same scanner reads it, so strict and lenient parsing cannot disagree on
/// what a number is. Linear in the input and bounded by <see cref="MaximumLength"/>; never throws.
/// </summary>
[SkipLocalsInit] // the stack buffers are always written before they are read; zeroing them cost a third of a parse
internal static class DocumentNumberParser
{
    /// <summary>Longer input is rejected at once: the longest real symbols are far shorter.</summary>
    internal const int MaximumLength = 160;

    private const int MaximumDigits = 6;
    private const int MaximumTokens = 8;
    private const string TrailingPunctuation = ".,;:!?)]}\"'”’»…";
    private const string LeadingPunctuation = "([{\"'“‘«";

    internal static ParseResult<DocumentNumber> Parse(ReadOnlySpan<char> text, string? original, DocumentNumberParseMode mode) =>
        TryParse(text, original, mode, out var result) is { } error ? ParseResult.Fail<DocumentNumber>(error) : ParseResult.Ok(result);

    /// <summary>Parses; null on success, else why not. The allocation-free path behind every TryParse.</summary>
    internal static ValidationIssue? TryParse(ReadOnlySpan<char> text, string? original, DocumentNumberParseMode mode, out DocumentNumber result)
    {
        return TryReadOfficial(text, original, out result) ? null : TryParseGeneral(text, original, mode, out result);
    }

    /// <summary>The general scanner alone, without the fast path for official input (tests compare the two).</summary>
    internal static ValidationIssue? TryParseGeneral(ReadOnlySpan<char> text, string? original, DocumentNumberParseMode mode, out DocumentNumber result)
    {
        result = default;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            return Fail(DocumentNumberIssues.Required, text);
        }

        if (trimmed.Length > MaximumLength)
        {
            return Fail(DocumentNumberIssues.TooLong, text, ("maximum", MaximumLength.ToString(CultureInfo.InvariantCulture)));
        }

        if (mode == DocumentNumberParseMode.Strict)
        {
            return Scan(text, text, original, strict: true, out result);
        }

        Span<char> buffer = stackalloc char[MaximumLength];
        var normalized = Normalize(trimmed, buffer);
        var firstDigit = normalized.IndexOfAnyInRange('0', '9');
        if (firstDigit < 0)
        {
            return Fail(DocumentNumberIssues.NoNumber, text);
        }

        if (firstDigit > 0 && !IsAcceptedPrefix(normalized[..firstDigit]))
        {
            return Fail(DocumentNumberIssues.UnexpectedPrefix, text, ("prefix", normalized[..firstDigit].Trim().ToString()));
        }

        Span<char> body = stackalloc char[MaximumLength];
        var length = RemoveSpacesAroundSeparators(normalized[firstDigit..], body);
        return Scan(body[..length], text, original, strict: false, out result);
    }

    /// <summary>
    /// The common case in one pass: a number already in the official form whose abbreviations are all in the tables
    /// (<c>290-QĐ/TW</c>, <c>04/2015/NĐ-CP</c>, <c>70/KH-UBND</c>, <c>10/2022/QH15</c>, <c>34/2007/PL-UBTVQH11</c>).
    /// It accepts only what the general scanner accepts with the same result (tests compare the two on every
    /// example); anything else (variants, unknown or several issuers, công văn) returns false and is read by
    /// <see cref="Scan"/>. The general path alone costs about twice as much.
    /// </summary>
    private static bool TryReadOfficial(ReadOnlySpan<char> s, string? original, out DocumentNumber result)
    {
        result = default;
        var p = 0;
        var number = 0;
        while (p < s.Length && char.IsAsciiDigit(s[p]) && p < MaximumDigits)
        {
            number = (number * 10) + (s[p++] - '0');
        }

        if (number == 0 || p >= s.Length || p != Math.Max(2, CountDigits(number)))
        {
            return false;
        }

        var party = s[p] == '-';
        if (!party && s[p] != '/')
        {
            return false;
        }

        p++;
        var year = 0;
        if (!party && p + 5 <= s.Length && char.IsAsciiDigit(s[p]))
        {
            if (s[p] == '0' || s[p + 4] != '/' || !char.IsAsciiDigit(s[p + 1]) || !char.IsAsciiDigit(s[p + 2]) || !char.IsAsciiDigit(s[p + 3]))
            {
                return false;
            }

            year = ParseDigits(s.Slice(p, 4));
            p += 5;
        }

        var first = ReadPlainLetters(s, ref p);
        if (first.IsEmpty || p == s.Length)
        {
            // A law-style number: 10/2022/QH15 (a term follows the letters, so p is not at the end here).
            return false;
        }

        var system = party ? DocumentSystem.Party : DocumentSystem.State;
        string? type = null;
        if (s[p] == (party ? '/' : '-'))
        {
            if (DocumentTypes.Abbreviations(system)!.Find(first, out _, out type, out _) != AbbreviationMatch.Exact)
            {
                return false;
            }

            p++;
            first = ReadPlainLetters(s, ref p);
        }
        else if (party || year == 0)
        {
            return false;
        }

        if (Issuers.Abbreviations(system)!.Find(first, out var issuer, out var issuerAbbreviation, out _) != AbbreviationMatch.Exact)
        {
            return false;
        }

        var term = 0;
        if (issuer!.CarriesAssemblyTerm)
        {
            var termStart = p;
            while (p < s.Length && char.IsAsciiDigit(s[p]) && p - termStart < 2)
            {
                term = (term * 10) + (s[p++] - '0');
            }

            if (term == 0 || s[termStart] == '0')
            {
                return false;
            }
        }

        if (p != s.Length || (type is null && !issuer.CarriesAssemblyTerm))
        {
            return false;
        }

        result = new DocumentNumber(original ?? s.ToString(), system, number, year, type, issuerAbbreviation!, term, null);
        return true;
    }

    private static ReadOnlySpan<char> ReadPlainLetters(ReadOnlySpan<char> s, ref int p)
    {
        var start = p;
        while (p < s.Length && (char.IsAsciiLetter(s[p]) || s[p] is 'Đ' or 'đ'))
        {
            p++;
        }

        return s[start..p];
    }

    /// <summary>Maps typographic and full-width forms to the official alphabet and drops wrapping punctuation.</summary>
    private static Span<char> Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        var length = 0;
        foreach (var c in source)
        {
            var mapped = c switch
            {
                >= '\u2010' and <= '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\u00AD' => '-',
                '\u2044' or '\u2215' or '\u29F8' => '/',
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u00D0' => 'Đ',
                '\u00F0' => 'đ',
                '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => '\0',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            };
            if (mapped != '\0')
            {
                destination[length++] = mapped;
            }
        }

        var span = destination[..length];
        var start = 0;
        while (start < span.Length && (span[start] == ' ' || LeadingPunctuation.Contains(span[start], StringComparison.Ordinal)))
        {
            start++;
        }

        var end = span.Length;
        while (end > start && (span[end - 1] == ' ' || TrailingPunctuation.Contains(span[end - 1], StringComparison.Ordinal)))
        {
            end--;
        }

        return span[start..end];
    }

    /// <summary>A prefix is a document type (name or abbreviation) and/or "số", optionally with a colon: "Số:", "Quyết định số", "NĐ".</summary>
    private static bool IsAcceptedPrefix(ReadOnlySpan<char> prefix)
    {
        var folded = VietnameseFolding.Fold(prefix).AsSpan().TrimEnd(" :.");
        if (folded.EndsWith("so", StringComparison.Ordinal) && (folded.Length == 2 || folded[^3] == ' '))
        {
            folded = folded[..^2].TrimEnd(" :.");
        }

        return folded.IsEmpty || DocumentTypeWords.IsTypeWordOrAbbreviation(folded);
    }

    private static int RemoveSpacesAroundSeparators(ReadOnlySpan<char> source, Span<char> destination)
    {
        var length = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c != ' ')
            {
                destination[length++] = c;
                continue;
            }

            var next = i + 1;
            while (next < source.Length && source[next] == ' ')
            {
                next++;
            }

            var previousIsSeparator = length > 0 && destination[length - 1] is '-' or '/';
            var nextIsSeparator = next < source.Length && source[next] is '-' or '/';
            if (!previousIsSeparator && !nextIsSeparator)
            {
                destination[length++] = ' ';
            }

            i = next - 1;
        }

        return length;
    }

    private static ValidationIssue? Scan(ReadOnlySpan<char> s, ReadOnlySpan<char> text, string? original, bool strict, out DocumentNumber result)
    {
        result = default;
        var position = 0;
        while (position < s.Length && char.IsAsciiDigit(s[position]))
        {
            position++;
        }

        if (position == 0)
        {
            return Fail(DocumentNumberIssues.NoNumber, text);
        }

        var digits = s[..position];
        if (digits.Length > MaximumDigits)
        {
            return Fail(DocumentNumberIssues.NumberOutOfRange, text, ("number", AttemptedValue.Of(digits)));
        }

        var number = ParseDigits(digits);
        if (number == 0)
        {
            return Fail(DocumentNumberIssues.NumberOutOfRange, text, ("number", digits.ToString()));
        }

        var state = new FormCheck { Official = digits.Length == Math.Max(2, CountDigits(number)), Verbatim = true };
        if (position == s.Length)
        {
            return Fail(DocumentNumberIssues.MissingSymbol, text);
        }

        var separator = s[position++];
        return separator switch
        {
            '-' => ScanParty(s, position, number, text, original, strict, state, out result),
            '/' => ScanState(s, position, number, text, original, strict, state, out result),
            _ => Fail(DocumentNumberIssues.UnexpectedCharacter, text, ("character", separator.ToString())),
        };
    }

    private static ValidationIssue? ScanParty(ReadOnlySpan<char> s, int position, int number, ReadOnlySpan<char> text, string? original, bool strict, FormCheck state, out DocumentNumber result)
    {
        result = default;
        var type = ReadToken(s, ref position);
        if (type.IsEmpty)
        {
            return position < s.Length && s[position] != '/'
                ? Unexpected(s, position, text)
                : Fail(DocumentNumberIssues.MissingType, text);
        }

        if (type.HasTerm)
        {
            return Fail(DocumentNumberIssues.InvalidTerm, text, ("token", type.Letters(s).ToString()), ("term", type.Digits(s).ToString()));
        }

        if (position == s.Length)
        {
            return Fail(DocumentNumberIssues.MissingIssuer, text);
        }

        if (s[position] == '-')
        {
            var rest = s[(position + 1)..];
            var head = s[..type.End];
            var separatorIndex = head.IndexOf('-');
            return Fail(
                DocumentNumberIssues.AmbiguousSystem,
                text,
                ("party", string.Concat(head, "/", rest)),
                ("state", $"{head[..separatorIndex]}/{head[(separatorIndex + 1)..]}-{rest}"));
        }

        if (s[position] != '/')
        {
            return Unexpected(s, position, text);
        }

        position++;
        var typeCanonical = Resolve(type.Letters(s), DocumentTypes.Abbreviations(DocumentSystem.Party)!, strict, ref state, text, out var typeError);
        if (typeError is not null)
        {
            return (typeError);
        }

        Span<Token> issuers = stackalloc Token[MaximumTokens];
        var count = ReadTokens(s, ref position, issuers, text, out var tokensError);
        if (tokensError is not null)
        {
            return (tokensError);
        }

        if (count == 0)
        {
            return Fail(DocumentNumberIssues.MissingIssuer, text);
        }

        return Build(DocumentSystem.Party, number, year: 0, typeCanonical, s, issuers[..count], draftingUnitFrom: -1, text, original, strict, state, out result);
    }

    private static ValidationIssue? ScanState(ReadOnlySpan<char> s, int position, int number, ReadOnlySpan<char> text, string? original, bool strict, FormCheck state, out DocumentNumber result)
    {
        result = default;
        var year = 0;
        if (position < s.Length && char.IsAsciiDigit(s[position]))
        {
            var start = position;
            while (position < s.Length && char.IsAsciiDigit(s[position]))
            {
                position++;
            }

            var yearDigits = s[start..position];
            if (position < s.Length && s[position] != '/')
            {
                return Unexpected(s, position, text);
            }

            if (yearDigits.Length != 4 || yearDigits[0] == '0')
            {
                return Fail(DocumentNumberIssues.InvalidYear, text, ("year", AttemptedValue.Of(yearDigits)));
            }

            if (position == s.Length)
            {
                return Fail(DocumentNumberIssues.MissingSymbol, text);
            }

            year = ParseDigits(yearDigits);
            position++;
        }

        Span<Token> tokens = stackalloc Token[MaximumTokens];
        var count = ReadTokens(s, ref position, tokens, text, out var tokensError);
        if (tokensError is not null)
        {
            if (year == 0 && count == 1 && position < s.Length && s[position] == '/')
            {
                var head = s[..tokens[0].End];
                var rest = s[(position + 1)..];
                var slash = head.IndexOf('/');
                return Fail(
                    DocumentNumberIssues.AmbiguousSystem,
                    text,
                    ("party", $"{head[..slash]}-{head[(slash + 1)..]}/{rest}"),
                    ("state", string.Concat(head, "-", rest)));
            }

            return (tokensError);
        }

        if (count == 0)
        {
            return Fail(year == 0 ? DocumentNumberIssues.MissingSymbol : DocumentNumberIssues.MissingType, text);
        }

        var first = tokens[0];
        var types = DocumentTypes.Abbreviations(DocumentSystem.State)!;
        var issuers = Issuers.Abbreviations(DocumentSystem.State)!;
        var typeMatch = AbbreviationMatch.None;
        ValidationIssue? typeError = null;
        var type = first.HasTerm ? null : Resolve(first.Letters(s), types, strict, ref state, text, out typeError, out _, out typeMatch);
        if (typeMatch != AbbreviationMatch.None)
        {
            if (typeError is not null)
            {
                return (typeError);
            }

            return count == 1
                ? Fail(DocumentNumberIssues.MissingIssuer, text)
                : Build(DocumentSystem.State, number, year, type, s, tokens[1..count], draftingUnitFrom: -1, text, original, strict, state, out result);
        }

        var firstIsIssuer = issuers.Find(first.Letters(s), out var firstIssuer, out _, out _) is AbbreviationMatch.Exact or AbbreviationMatch.Variant;
        if (year != 0)
        {
            if (firstIsIssuer && firstIssuer!.CarriesAssemblyTerm)
            {
                return Build(DocumentSystem.State, number, year, type: null, s, tokens[..count], draftingUnitFrom: -1, text, original, strict, state, out result);
            }

            if (firstIsIssuer || count == 1)
            {
                return Fail(firstIsIssuer ? DocumentNumberIssues.MissingType : DocumentNumberIssues.MissingIssuer, text);
            }

            if (first.HasTerm)
            {
                return TypeWithTerm(s, first, text);
            }

            return typeError is not null
                ? (typeError)
                : Build(DocumentSystem.State, number, year, type, s, tokens[1..count], draftingUnitFrom: -1, text, original, strict, state, out result);
        }

        // Without a year, an unknown first token is a type only when an issuer follows it; otherwise the number is a
        // công văn's, whose symbol is the issuer and the drafting unit (1027/CTK-CSCL).
        var secondIsIssuer = count > 1 && !tokens[1].HasTerm
            ? issuers.Find(tokens[1].Letters(s), out _, out _, out _) is AbbreviationMatch.Exact or AbbreviationMatch.Variant
            : count > 1;
        if (!firstIsIssuer && secondIsIssuer)
        {
            if (first.HasTerm)
            {
                return TypeWithTerm(s, first, text);
            }

            return typeError is not null
                ? (typeError)
                : Build(DocumentSystem.State, number, year: 0, type, s, tokens[1..count], draftingUnitFrom: -1, text, original, strict, state, out result);
        }

        return Build(DocumentSystem.State, number, year: 0, type: null, s, tokens[..count], draftingUnitFrom: 1, text, original, strict, state, out result);
    }

    /// <summary>Reads letters then (for QH15) digits; the letters of a term-less token end at a separator.</summary>
    private static Token ReadToken(ReadOnlySpan<char> s, ref int position)
    {
        var start = position;
        while (position < s.Length && IsTokenLetter(s[position]))
        {
            position++;
        }

        var letterEnd = position;
        if (letterEnd > start)
        {
            while (position < s.Length && char.IsAsciiDigit(s[position]))
            {
                position++;
            }
        }

        return new Token(start, letterEnd, position);
    }

    /// <summary>Reads <c>TOKEN(-TOKEN)*</c> to the end of the text.</summary>
    private static int ReadTokens(ReadOnlySpan<char> s, ref int position, Span<Token> tokens, ReadOnlySpan<char> text, out ValidationIssue? error)
    {
        var count = 0;
        error = null;
        while (position < s.Length)
        {
            var token = ReadToken(s, ref position);
            if (token.IsEmpty)
            {
                error = position < s.Length && s[position] != '-'
                    ? Unexpected(s, position, text)
                    : DocumentNumberIssues.MissingIssuer.Create(string.Empty, AttemptedValue.Of(text), new IssueArgument("text", AttemptedValue.Of(text)));
                return count;
            }

            if (count == tokens.Length)
            {
                error = DocumentNumberIssues.TooLong.Create(string.Empty, AttemptedValue.Of(text), new IssueArgument("text", AttemptedValue.Of(text)), new IssueArgument("maximum", MaximumLength.ToString(CultureInfo.InvariantCulture)));
                return count;
            }

            tokens[count++] = token;
            if (position == s.Length)
            {
                break;
            }

            if (s[position] != '-')
            {
                error = Unexpected(s, position, text);
                return count;
            }

            position++;
            if (position == s.Length)
            {
                error = DocumentNumberIssues.MissingIssuer.Create(string.Empty, AttemptedValue.Of(text), new IssueArgument("text", AttemptedValue.Of(text)));
                return count;
            }
        }

        return count;
    }

    /// <summary>Composes the canonical form and the value; reuses <paramref name="original"/> when it already is canonical.</summary>
    private static ValidationIssue? Build(
        DocumentSystem system, int number, int year, string? type, ReadOnlySpan<char> s, ReadOnlySpan<Token> tokens, int draftingUnitFrom,
        ReadOnlySpan<char> text, string? original, bool strict, FormCheck state, out DocumentNumber result)
    {
        result = default;
        // First pass: resolve and check the issuers. When everything was already written as officially printed, the
        // scanned text is the canonical form itself and nothing needs composing (the common case, and the fast one).
        var issuerCount = draftingUnitFrom < 0 ? tokens.Length : Math.Min(draftingUnitFrom, tokens.Length);
        var term = 0;
        string? singleIssuer = null;
        var table = Issuers.Abbreviations(system)!;
        for (var i = 0; i < issuerCount; i++)
        {
            var token = tokens[i];
            var abbreviation = Resolve(token.Letters(s), table, strict, ref state, text, out var error, out var issuer, out _);
            if (error is not null)
            {
                return (error);
            }

            singleIssuer = abbreviation;
            if (issuer is { CarriesAssemblyTerm: true })
            {
                if (!token.HasTerm)
                {
                    return Fail(DocumentNumberIssues.MissingTerm, text, ("issuer", abbreviation));
                }

                var digits = token.Digits(s);
                var value = digits.Length <= 3 ? ParseDigits(digits) : 0;
                if (value is 0 or > 99)
                {
                    return Fail(DocumentNumberIssues.InvalidTerm, text, ("token", abbreviation), ("term", AttemptedValue.Of(digits)));
                }

                state.Official &= digits[0] != '0';
                term = term == 0 ? value : term;
            }
            else if (token.HasTerm)
            {
                return Fail(DocumentNumberIssues.InvalidTerm, text, ("token", abbreviation), ("term", AttemptedValue.Of(token.Digits(s))));
            }
        }

        for (var i = issuerCount; i < tokens.Length && !strict; i++)
        {
            state.Verbatim &= IsUpper(s[tokens[i].Start..tokens[i].End]);
        }

        Span<char> canonical = stackalloc char[MaximumLength + 16];
        scoped ReadOnlySpan<char> composed;
        int issuersStart, issuersEnd, unitStart;
        if (state.Official && state.Verbatim)
        {
            composed = s;
            issuersStart = issuerCount == 0 ? s.Length : tokens[0].Start;
            issuersEnd = issuerCount == 0 ? s.Length : tokens[issuerCount - 1].End;
            unitStart = issuerCount < tokens.Length ? tokens[issuerCount].Start : -1;
        }
        else
        {
            var length = Compose(canonical, system, number, year, type, s, tokens, issuerCount, table, strict, out issuersStart, out issuersEnd, out unitStart);
            composed = canonical[..length];
        }

        if (strict && (!state.Official || !state.Verbatim || !composed.SequenceEqual(text)))
        {
            return Fail(DocumentNumberIssues.NotOfficialForm, text, ("canonical", composed.ToString()));
        }

        var issuers = issuerCount == 1
            ? singleIssuer!
            : StripTerms(composed[issuersStart..issuersEnd]);
        var draftingUnit = unitStart < 0 ? null : composed[unitStart..].ToString();
        var finalText = original is not null && composed.SequenceEqual(original) ? original : composed.ToString();
        result = new DocumentNumber(finalText, system, number, year, type, issuers, term, draftingUnit);
        return null;
    }

    /// <summary>Writes the canonical form of a number that was not already written in it.</summary>
    private static int Compose(
        Span<char> canonical, DocumentSystem system, int number, int year, string? type, ReadOnlySpan<char> s, ReadOnlySpan<Token> tokens,
        int issuerCount, AbbreviationTable<Issuer> table, bool strict, out int issuersStart, out int issuersEnd, out int unitStart)
    {
        var length = 0;
        Append(canonical, ref length, number < 10 ? "0" : string.Empty);
        number.TryFormat(canonical[length..], out var written, default, CultureInfo.InvariantCulture);
        length += written;
        if (system == DocumentSystem.Party)
        {
            Append(canonical, ref length, "-");
            Append(canonical, ref length, type!);
            Append(canonical, ref length, "/");
        }
        else
        {
            Append(canonical, ref length, "/");
            if (year != 0)
            {
                year.TryFormat(canonical[length..], out written, default, CultureInfo.InvariantCulture);
                length += written;
                Append(canonical, ref length, "/");
            }

            if (type is not null)
            {
                Append(canonical, ref length, type);
                Append(canonical, ref length, "-");
            }
        }

        issuersStart = length;
        var check = new FormCheck { Official = true, Verbatim = true };
        for (var i = 0; i < issuerCount; i++)
        {
            if (i > 0)
            {
                Append(canonical, ref length, "-");
            }

            var token = tokens[i];
            Append(canonical, ref length, Resolve(token.Letters(s), table, strict, ref check, default, out _, out var issuer, out _));
            if (issuer is { CarriesAssemblyTerm: true })
            {
                var value = ParseDigits(token.Digits(s));
                value.TryFormat(canonical[length..], out written, default, CultureInfo.InvariantCulture);
                length += written;
            }
        }

        issuersEnd = length;
        unitStart = issuerCount < tokens.Length ? length + 1 : -1;
        for (var i = issuerCount; i < tokens.Length; i++)
        {
            Append(canonical, ref length, "-");
            var token = tokens[i];
            if (strict)
            {
                s[token.Start..token.End].CopyTo(canonical[length..]);
            }
            else
            {
                UpperInto(s[token.Start..token.End], canonical[length..]);
            }

            length += token.End - token.Start;
        }

        return length;
    }

    private static bool IsUpper(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c is (>= 'a' and <= 'z') or 'đ' or 'ư')
            {
                return false;
            }
        }

        return true;
    }

    private static string StripTerms(ReadOnlySpan<char> issuers)
    {
        Span<char> buffer = stackalloc char[issuers.Length];
        var length = 0;
        foreach (var c in issuers)
        {
            if (!char.IsAsciiDigit(c))
            {
                buffer[length++] = c;
            }
        }

        // An indexed loop: foreach over the IReadOnlyList would box its enumerator on every parse of QH15, UBTVQH15 or a joint number.
        var stripped = buffer[..length];
        var all = Issuers.All;
        for (var i = 0; i < all.Count; i++)
        {
            if (stripped.SequenceEqual(all[i].Abbreviation))
            {
                return all[i].Abbreviation;
            }
        }

        return stripped.ToString();
    }

    private static string Resolve<T>(ReadOnlySpan<char> letters, AbbreviationTable<T> table, bool strict, ref FormCheck state, ReadOnlySpan<char> text, out ValidationIssue? error)
        where T : class => Resolve(letters, table, strict, ref state, text, out error, out _, out _);

    /// <summary>
    /// The official spelling of a token: from the table when it is known (exactly or as a lenient variant), else the
    /// token itself. <paramref name="state"/> learns whether the token was already written as printed.
    /// </summary>
    private static string Resolve<T>(
        ReadOnlySpan<char> letters, AbbreviationTable<T> table, bool strict, ref FormCheck state, ReadOnlySpan<char> text,
        out ValidationIssue? error, out T? value, out AbbreviationMatch match)
        where T : class
    {
        error = null;
        match = table.Find(letters, out value, out var canonical, out var candidates);
        switch (match)
        {
            case AbbreviationMatch.Exact:
                return canonical!;
            case AbbreviationMatch.Variant:
                state.Verbatim = false;
                return canonical!;
            case AbbreviationMatch.Ambiguous:
                error = DocumentNumberIssues.AmbiguousAbbreviation.Create(
                    string.Empty,
                    AttemptedValue.Of(text),
                    new IssueArgument("text", AttemptedValue.Of(text)),
                    new IssueArgument("token", letters.ToString()),
                    new IssueArgument("candidates", string.Join(", ", candidates!)));
                return string.Empty;
            default:
                var u = letters.IndexOfAny('Ư', 'ư');
                if (u >= 0)
                {
                    error = DocumentNumberIssues.UnexpectedCharacter.Create(
                        string.Empty, AttemptedValue.Of(text), new IssueArgument("text", AttemptedValue.Of(text)), new IssueArgument("character", letters[u].ToString()));
                    return string.Empty;
                }

                state.Verbatim &= strict || IsUpper(letters);
                return Canonical(letters, strict);
        }
    }

    /// <summary>An unknown abbreviation: as written in strict mode; upper-cased (keeping Đ) in lenient mode.</summary>
    private static string Canonical(ReadOnlySpan<char> letters, bool strict)
    {
        if (strict)
        {
            return letters.ToString();
        }

        Span<char> buffer = stackalloc char[letters.Length];
        UpperInto(letters, buffer);
        return buffer.ToString();
    }

    private static void UpperInto(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            destination[i] = c switch
            {
                >= 'a' and <= 'z' => (char)(c - 32),
                'đ' => 'Đ',
                'ư' => 'Ư',
                _ => c,
            };
        }
    }

    // Ư is read only so that the alias TƯ can be recognised (and named in strict mode); no official abbreviation has it.
    private static bool IsTokenLetter(char c) => char.IsAsciiLetter(c) || c is 'Đ' or 'đ' or 'Ư' or 'ư';

    /// <summary>The value of a run of at most nine ASCII digits (callers bound the length).</summary>
    private static int ParseDigits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static int CountDigits(int value)
    {
        var count = 1;
        while (value >= 10)
        {
            value /= 10;
            count++;
        }

        return count;
    }

    private static void Append(Span<char> destination, ref int length, ReadOnlySpan<char> value)
    {
        value.CopyTo(destination[length..]);
        length += value.Length;
    }

    // A type abbreviation never carries digits (only QH and UBTVQH carry the Assembly's term): 12/QyĐ1-UBND is refused
    // as 290-QĐ1/TW is, instead of silently dropping the digits.
    private static ValidationIssue TypeWithTerm(ReadOnlySpan<char> s, Token first, ReadOnlySpan<char> text) =>
        Fail(DocumentNumberIssues.InvalidTerm, text, ("token", first.Letters(s).ToString()), ("term", AttemptedValue.Of(first.Digits(s))));

    private static ValidationIssue Unexpected(ReadOnlySpan<char> s, int position, ReadOnlySpan<char> text) =>
        Fail(DocumentNumberIssues.UnexpectedCharacter, text, ("character", char.IsSurrogate(s[position]) ? "\uFFFD" : s[position].ToString()));

    private static ValidationIssue Fail(IssueDescriptor descriptor, ReadOnlySpan<char> text, params ReadOnlySpan<(string Name, string Value)> arguments)
    {
        var attempted = AttemptedValue.Of(text);
        var all = new IssueArgument[arguments.Length + 1];
        all[0] = new IssueArgument("text", attempted);
        for (var i = 0; i < arguments.Length; i++)
        {
            all[i + 1] = new IssueArgument(arguments[i].Name, arguments[i].Value);
        }

        return (descriptor.Create(string.Empty, attempted, all));
    }

    /// <summary>A token of the symbol: letters [Start, LetterEnd) then term digits [LetterEnd, End).</summary>
    private readonly record struct Token(int Start, int LetterEnd, int End)
    {
        internal bool IsEmpty => End == Start;

        internal bool HasTerm => End > LetterEnd;

        internal ReadOnlySpan<char> Letters(ReadOnlySpan<char> s) => s[Start..LetterEnd];

        internal ReadOnlySpan<char> Digits(ReadOnlySpan<char> s) => s[LetterEnd..End];
    }

    /// <summary>Whether everything read so far was already in the official form (strict mode rejects otherwise).</summary>
    private struct FormCheck
    {
        /// <summary>The number and terms carry exactly the official zeros.</summary>
        internal bool Official;

        /// <summary>Every abbreviation was written exactly as its canonical form.</summary>
        internal bool Verbatim;
    }
}
