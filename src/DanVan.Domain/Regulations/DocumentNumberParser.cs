using System.Globalization;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Regulations;

/// <summary>
/// The grammar of document numbers, one hand-written scanner for both systems and both modes. Lenient input is
/// first rewritten into the official alphabet (dashes, slashes, full-width forms, prefix, trailing punctuation,
/// spaces around separators); then the same scanner reads it, so strict and lenient parsing cannot disagree on
/// what a number is. Linear in the input and bounded by <see cref="MaximumLength"/>; never throws.
/// </summary>
internal static class DocumentNumberParser
{
    /// <summary>Longer input is rejected at once: the longest real symbols are far shorter.</summary>
    internal const int MaximumLength = 160;

    private const int MaximumDigits = 6;
    private const int MaximumTokens = 8;
    private const string TrailingPunctuation = ".,;:!?)]}\"'”’»…";
    private const string LeadingPunctuation = "([{\"'“‘«";

    internal static ParseResult<DocumentNumber> Parse(ReadOnlySpan<char> text, string? original, DocumentNumberParseMode mode)
    {
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
            return Scan(text, text, original, strict: true);
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
        return Scan(body[..length], text, original, strict: false);
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

    private static ParseResult<DocumentNumber> Scan(ReadOnlySpan<char> s, ReadOnlySpan<char> text, string? original, bool strict)
    {
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

        var number = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (number == 0)
        {
            return Fail(DocumentNumberIssues.NumberOutOfRange, text, ("number", digits.ToString()));
        }

        var state = new FormCheck { Official = digits.Length == Math.Max(2, CountDigits(number)) };
        if (position == s.Length)
        {
            return Fail(DocumentNumberIssues.MissingSymbol, text);
        }

        var separator = s[position++];
        return separator switch
        {
            '-' => ScanParty(s, position, number, text, original, strict, state),
            '/' => ScanState(s, position, number, text, original, strict, state),
            _ => Fail(DocumentNumberIssues.UnexpectedCharacter, text, ("character", separator.ToString())),
        };
    }

    private static ParseResult<DocumentNumber> ScanParty(ReadOnlySpan<char> s, int position, int number, ReadOnlySpan<char> text, string? original, bool strict, FormCheck state)
    {
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
            return ParseResult.Fail<DocumentNumber>(typeError);
        }

        Span<Token> issuers = stackalloc Token[MaximumTokens];
        var count = ReadTokens(s, ref position, issuers, text, out var tokensError);
        if (tokensError is not null)
        {
            return ParseResult.Fail<DocumentNumber>(tokensError);
        }

        if (count == 0)
        {
            return Fail(DocumentNumberIssues.MissingIssuer, text);
        }

        return Build(DocumentSystem.Party, number, year: 0, typeCanonical, s, issuers[..count], draftingUnitFrom: -1, text, original, strict, state);
    }

    private static ParseResult<DocumentNumber> ScanState(ReadOnlySpan<char> s, int position, int number, ReadOnlySpan<char> text, string? original, bool strict, FormCheck state)
    {
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

            year = int.Parse(yearDigits, NumberStyles.None, CultureInfo.InvariantCulture);
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

            return ParseResult.Fail<DocumentNumber>(tokensError);
        }

        if (count == 0)
        {
            return Fail(year == 0 ? DocumentNumberIssues.MissingSymbol : DocumentNumberIssues.MissingType, text);
        }

        var first = tokens[0];
        var types = DocumentTypes.Abbreviations(DocumentSystem.State)!;
        var issuers = Issuers.Abbreviations(DocumentSystem.State)!;
        var typeMatch = first.HasTerm ? AbbreviationMatch.None : types.Find(first.Letters(s), out _, out _, out _);
        if (typeMatch != AbbreviationMatch.None)
        {
            var type = Resolve(first.Letters(s), types, strict, ref state, text, out var typeError);
            if (typeError is not null)
            {
                return ParseResult.Fail<DocumentNumber>(typeError);
            }

            return count == 1
                ? Fail(DocumentNumberIssues.MissingIssuer, text)
                : Build(DocumentSystem.State, number, year, type, s, tokens[1..count], draftingUnitFrom: -1, text, original, strict, state);
        }

        var firstIsIssuer = issuers.Find(first.Letters(s), out var firstIssuer, out _, out _) is AbbreviationMatch.Exact or AbbreviationMatch.Variant;
        if (year != 0)
        {
            if (firstIsIssuer && firstIssuer!.CarriesAssemblyTerm)
            {
                return Build(DocumentSystem.State, number, year, type: null, s, tokens[..count], draftingUnitFrom: -1, text, original, strict, state);
            }

            if (firstIsIssuer || count == 1)
            {
                return Fail(firstIsIssuer ? DocumentNumberIssues.MissingType : DocumentNumberIssues.MissingIssuer, text);
            }

            if (first.HasTerm)
            {
                return TypeWithTerm(s, first, text);
            }

            return Build(DocumentSystem.State, number, year, Canonical(first.Letters(s), strict), s, tokens[1..count], draftingUnitFrom: -1, text, original, strict, state);
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

            return Build(DocumentSystem.State, number, year: 0, Canonical(first.Letters(s), strict), s, tokens[1..count], draftingUnitFrom: -1, text, original, strict, state);
        }

        return Build(DocumentSystem.State, number, year: 0, type: null, s, tokens[..count], draftingUnitFrom: 1, text, original, strict, state);
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
                    ? Unexpected(s, position, text).Error
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
                error = Unexpected(s, position, text).Error;
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
    private static ParseResult<DocumentNumber> Build(
        DocumentSystem system, int number, int year, string? type, ReadOnlySpan<char> s, ReadOnlySpan<Token> tokens, int draftingUnitFrom,
        ReadOnlySpan<char> text, string? original, bool strict, FormCheck state)
    {
        Span<char> canonical = stackalloc char[MaximumLength + 16];
        var length = 0;
        Append(canonical, ref length, number < 10 ? "0" : string.Empty);
        length += number.TryFormat(canonical[length..], out var written, default, CultureInfo.InvariantCulture) ? written : 0;
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

        var issuerCount = draftingUnitFrom < 0 ? tokens.Length : Math.Min(draftingUnitFrom, tokens.Length);
        var issuersStart = length;
        var term = 0;
        string? singleIssuer = null;
        var table = Issuers.Abbreviations(system)!;
        for (var i = 0; i < issuerCount; i++)
        {
            if (i > 0)
            {
                Append(canonical, ref length, "-");
            }

            var token = tokens[i];
            var abbreviation = Resolve(token.Letters(s), table, strict, ref state, text, out var error, out var issuer);
            if (error is not null)
            {
                return ParseResult.Fail<DocumentNumber>(error);
            }

            singleIssuer = abbreviation;
            Append(canonical, ref length, abbreviation);
            if (issuer is { CarriesAssemblyTerm: true })
            {
                if (!token.HasTerm)
                {
                    return Fail(DocumentNumberIssues.MissingTerm, text, ("issuer", abbreviation));
                }

                var digits = token.Digits(s);
                var value = digits.Length <= 3 ? int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
                if (value is 0 or > 99)
                {
                    return Fail(DocumentNumberIssues.InvalidTerm, text, ("token", abbreviation), ("term", AttemptedValue.Of(digits)));
                }

                state.Official &= digits[0] != '0';
                term = term == 0 ? value : term;
                value.TryFormat(canonical[length..], out written, default, CultureInfo.InvariantCulture);
                length += written;
            }
            else if (token.HasTerm)
            {
                return Fail(DocumentNumberIssues.InvalidTerm, text, ("token", abbreviation), ("term", AttemptedValue.Of(token.Digits(s))));
            }
        }

        var issuersEnd = length;
        string? draftingUnit = null;
        if (draftingUnitFrom >= 0 && tokens.Length > draftingUnitFrom)
        {
            var unitStart = length + 1;
            for (var i = draftingUnitFrom; i < tokens.Length; i++)
            {
                Append(canonical, ref length, "-");
                var token = tokens[i];
                if (!strict)
                {
                    UpperInto(s[token.Start..token.End], canonical[length..]);
                }
                else
                {
                    s[token.Start..token.End].CopyTo(canonical[length..]);
                }

                length += token.End - token.Start;
            }

            draftingUnit = canonical[unitStart..length].ToString();
        }

        var result = canonical[..length];
        if (strict && (!state.Official || !result.SequenceEqual(text)))
        {
            return Fail(DocumentNumberIssues.NotOfficialForm, text, ("canonical", result.ToString()));
        }

        var issuers = issuerCount == 1 && term == 0
            ? singleIssuer!
            : StripTerms(canonical[issuersStart..issuersEnd]);
        var finalText = original is not null && result.SequenceEqual(original) ? original : result.ToString();
        return ParseResult.Ok(new DocumentNumber(finalText, system, number, year, type, issuers, term, draftingUnit));
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
        where T : class => Resolve(letters, table, strict, ref state, text, out error, out _);

    /// <summary>The official spelling of a token: from the table when it is known (exactly or as a lenient variant), else the token itself.</summary>
    private static string Resolve<T>(ReadOnlySpan<char> letters, AbbreviationTable<T> table, bool strict, ref FormCheck state, ReadOnlySpan<char> text, out ValidationIssue? error, out T? value)
        where T : class
    {
        error = null;
        switch (table.Find(letters, out value, out var canonical, out var candidates))
        {
            case AbbreviationMatch.Exact:
                return canonical!;
            case AbbreviationMatch.Variant:
                state.Official = false;
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
    private static ParseResult<DocumentNumber> TypeWithTerm(ReadOnlySpan<char> s, Token first, ReadOnlySpan<char> text) =>
        Fail(DocumentNumberIssues.InvalidTerm, text, ("token", first.Letters(s).ToString()), ("term", AttemptedValue.Of(first.Digits(s))));

    private static ParseResult<DocumentNumber> Unexpected(ReadOnlySpan<char> s, int position, ReadOnlySpan<char> text) =>
        Fail(DocumentNumberIssues.UnexpectedCharacter, text, ("character", char.IsSurrogate(s[position]) ? "\uFFFD" : s[position].ToString()));

    private static ParseResult<DocumentNumber> Fail(IssueDescriptor descriptor, ReadOnlySpan<char> text, params ReadOnlySpan<(string Name, string Value)> arguments)
    {
        var attempted = AttemptedValue.Of(text);
        var all = new IssueArgument[arguments.Length + 1];
        all[0] = new IssueArgument("text", attempted);
        for (var i = 0; i < arguments.Length; i++)
        {
            all[i + 1] = new IssueArgument(arguments[i].Name, arguments[i].Value);
        }

        return ParseResult.Fail<DocumentNumber>(descriptor.Create(string.Empty, attempted, all));
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
        internal bool Official;
    }
}
