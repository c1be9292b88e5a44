using System.Collections.Frozen;

namespace DanVan.Domain.Text;

/// <summary>The modifier a Vietnamese vowel letter carries besides its tone.</summary>
internal enum LetterModifier : byte
{
    None = 0,
    Breve = 1,
    Circumflex = 2,
    Horn = 3,
}

/// <summary>The tone (dấu thanh) of a Vietnamese vowel letter, in the order of the table rows.</summary>
internal enum Tone : byte
{
    Level = 0,
    Grave = 1,
    Acute = 2,
    HookAbove = 3,
    Tilde = 4,
    DotBelow = 5,
}

/// <summary>What a Vietnamese vowel letter is made of: its ASCII base, modifier, tone and case.</summary>
internal readonly record struct VowelLetter(char Base, LetterModifier Modifier, Tone Tone, bool IsUpper);

/// <summary>
/// The 134 precomposed Vietnamese letters (the 12 vowels with their modifiers, each with five tones,
/// in both cases, plus đ and Đ), as data, so nothing depends on the runtime's Unicode normalisation
/// (which does nothing under invariant globalization).
/// </summary>
internal static class VietnameseLetters
{
    // Each row: a vowel with its modifier, then the tones grave, acute, hook above, tilde, dot below.
    // Generated from Unicode NFC of base + combining tone; a test checks every entry against the runtime.
    private const string LowerRows =
        "aàáảãạ" + "ăằắẳẵặ" + "âầấẩẫậ" + "eèéẻẽẹ" + "êềếểễệ" + "iìíỉĩị" +
        "oòóỏõọ" + "ôồốổỗộ" + "ơờớởỡợ" + "uùúủũụ" + "ưừứửữự" + "yỳýỷỹỵ";

    private const string UpperRows =
        "AÀÁẢÃẠ" + "ĂẰẮẲẴẶ" + "ÂẦẤẨẪẬ" + "EÈÉẺẼẸ" + "ÊỀẾỂỄỆ" + "IÌÍỈĨỊ" +
        "OÒÓỎÕỌ" + "ÔỒỐỔỖỘ" + "ƠỜỚỞỠỢ" + "UÙÚỦŨỤ" + "ƯỪỨỬỮỰ" + "YỲÝỶỸỴ";

    private static readonly (char Base, LetterModifier Modifier)[] Rows =
    [
        ('a', LetterModifier.None), ('a', LetterModifier.Breve), ('a', LetterModifier.Circumflex),
        ('e', LetterModifier.None), ('e', LetterModifier.Circumflex), ('i', LetterModifier.None),
        ('o', LetterModifier.None), ('o', LetterModifier.Circumflex), ('o', LetterModifier.Horn),
        ('u', LetterModifier.None), ('u', LetterModifier.Horn), ('y', LetterModifier.None),
    ];

    private static readonly FrozenDictionary<char, VowelLetter> Vowels = BuildVowels();

    /// <summary>All 134 precomposed letters (every vowel form except the six plain ASCII vowels in each case, plus đ and Đ).</summary>
    internal static IEnumerable<char> Precomposed =>
        (LowerRows + UpperRows + "đĐ").Where(c => c > '\u007f');

    /// <summary>Every vowel form, plain ASCII vowels included, lower then upper case.</summary>
    internal static string AllVowels => LowerRows + UpperRows;

    /// <summary>What <paramref name="c"/> is, when it is a Vietnamese vowel letter (plain or precomposed).</summary>
    internal static bool TryGetVowel(char c, out VowelLetter vowel) => Vowels.TryGetValue(c, out vowel);

    /// <summary>The precomposed letter for the given parts, when Vietnamese has one.</summary>
    internal static bool TryCompose(char asciiBase, LetterModifier modifier, Tone tone, bool upper, out char letter)
    {
        for (var row = 0; row < Rows.Length; row++)
        {
            if (Rows[row].Base == asciiBase && Rows[row].Modifier == modifier)
            {
                letter = (upper ? UpperRows : LowerRows)[(row * 6) + (int)tone];
                return true;
            }
        }

        letter = default;
        return false;
    }

    /// <summary>The letter with its tone replaced (modifier and case kept).</summary>
    internal static char WithTone(VowelLetter vowel, Tone tone) =>
        TryCompose(vowel.Base, vowel.Modifier, tone, vowel.IsUpper, out var letter) ? letter : throw new InvalidOperationException("Unreachable: every vowel row has six tones.");

    /// <summary>The modifier a combining mark adds, if it is one Vietnamese uses.</summary>
    internal static bool TryGetModifierMark(char mark, out LetterModifier modifier)
    {
        modifier = mark switch
        {
            '\u0306' => LetterModifier.Breve,
            '\u0302' => LetterModifier.Circumflex,
            '\u031B' => LetterModifier.Horn,
            _ => LetterModifier.None,
        };
        return modifier != LetterModifier.None;
    }

    /// <summary>The tone a combining mark adds, if it is one Vietnamese uses (U+0340 and U+0341 are the deprecated tone marks).</summary>
    internal static bool TryGetToneMark(char mark, out Tone tone)
    {
        tone = mark switch
        {
            '\u0300' or '\u0340' => Tone.Grave,
            '\u0301' or '\u0341' => Tone.Acute,
            '\u0309' => Tone.HookAbove,
            '\u0303' => Tone.Tilde,
            '\u0323' => Tone.DotBelow,
            _ => Tone.Level,
        };
        return tone != Tone.Level;
    }

    private static FrozenDictionary<char, VowelLetter> BuildVowels()
    {
        var map = new Dictionary<char, VowelLetter>();
        for (var row = 0; row < Rows.Length; row++)
        {
            for (var tone = 0; tone < 6; tone++)
            {
                var (asciiBase, modifier) = Rows[row];
                map[LowerRows[(row * 6) + tone]] = new VowelLetter(asciiBase, modifier, (Tone)tone, IsUpper: false);
                map[UpperRows[(row * 6) + tone]] = new VowelLetter(asciiBase, modifier, (Tone)tone, IsUpper: true);
            }
        }

        return map.ToFrozenDictionary();
    }
}
