using System.Buffers;
using DanVan.Domain.Text;

namespace DanVan.Domain.Regulations;

/// <summary>
/// The stretch of a text that <see cref="ReferenceExtractor"/> folds to read the references around one number,
/// instead of folding the whole text; kept for the numbers that follow while they fall inside it. It tells whether
/// the rules reached far enough: what they read must not depend on text beyond the window.
/// </summary>
/// <remarks>
/// <para>The fold of a stretch is the fold of the whole text there, except for its first character (a space or the
/// other half of a surrogate pair may be missing before it): rules may start at index 1, or at 0 when the stretch
/// starts the text.</para>
/// <para>A window is long enough when it is not cut short, or when a <see cref="ReadingStops">stop</see> follows
/// the number (or the last quoted title, the one rule that reads past stops), or when everything read lies well
/// inside it: every rule looks at most <see cref="Margin"/> characters past where it has read to, and a longer
/// run of digits or letters reads the same cut as whole.</para>
/// </remarks>
internal sealed class ReferenceWindow : IDisposable
{
    // Beyond the furthest position the rules have reached: "số", a symbol (64), a measure word, the date after
    // "ngày" and the longest issuer name all fit well within this.
    private const int Margin = 160;

    private char[] _folded;
    private int[] _sourceIndex;

    internal ReferenceWindow(string source)
    {
        Source = source;
        _folded = ArrayPool<char>.Shared.Rent(256);
        _sourceIndex = ArrayPool<int>.Shared.Rent(256);
        Fold = new MappedFold(_folded, 0, _sourceIndex);
    }

    /// <summary>The whole text.</summary>
    internal string Source { get; }

    /// <summary>The fold of <c>Source[Start..End]</c>, with indices into <see cref="Source"/>.</summary>
    internal MappedFold Fold { get; private set; }

    /// <summary>Where the stretch starts in <see cref="Source"/>.</summary>
    internal int Start { get; private set; }

    /// <summary>Where the stretch ends in <see cref="Source"/> (exclusive).</summary>
    internal int End { get; private set; }

    /// <summary>
    /// Set while reading: the folded position after the last quoted title skipped, or -1 when a title was opened
    /// whose closing quote may lie beyond the window.
    /// </summary>
    private int TitleEnd { get; set; }

    /// <summary>Folds <c>Source[start..end]</c>; never ends between the two halves of a surrogate pair.</summary>
    internal void Load(int start, int end)
    {
        if (end < Source.Length && end > start && char.IsHighSurrogate(Source[end - 1]) && char.IsLowSurrogate(Source[end]))
        {
            end++;
        }

        var length = end - start;
        if (_folded.Length < length)
        {
            ArrayPool<char>.Shared.Return(_folded);
            ArrayPool<int>.Shared.Return(_sourceIndex);
            _folded = ArrayPool<char>.Shared.Rent(length);
            _sourceIndex = ArrayPool<int>.Shared.Rent(length);
        }

        var written = VietnameseFolding.FoldCore(Source.AsSpan(start, length), _folded, _sourceIndex, start);
        Fold = new MappedFold(_folded, written, _sourceIndex);
        Start = start;
        End = end;
    }

    /// <summary>True when the window holds <c>Source[start..end]</c>.</summary>
    internal bool Holds(int start, int end) => Start <= start && End >= end;

    /// <summary>The first folded position whose character comes from <paramref name="source"/> or later.</summary>
    internal int FoldedIndexOf(int source)
    {
        // Folding mostly keeps one character for one: try that before searching.
        var index = _sourceIndex.AsSpan(0, Fold.Text.Length);
        var guess = source - Start;
        if ((uint)guess < (uint)index.Length && index[guess] == source)
        {
            return guess;
        }

        var found = index.BinarySearch(source);
        return found >= 0 ? found : ~found;
    }

    /// <summary>Starts the reading of one number.</summary>
    internal void BeginReading() => TitleEnd = 0;

    /// <summary>Notes a quoted title whose closing quote is at folded <paramref name="closeQuote"/>: reading goes on after it.</summary>
    internal void NoteTitle(int closeQuote)
    {
        if (TitleEnd >= 0)
        {
            TitleEnd = Math.Max(TitleEnd, closeQuote + 1);
        }
    }

    /// <summary>Notes a quoted title with no closing quote in the part searched, which the end of the window may have cut short.</summary>
    internal void NoteUnclosedTitle(bool searchCutShort)
    {
        if (searchCutShort && End < Source.Length)
        {
            TitleEnd = -1;
        }
    }

    /// <summary>
    /// True when what the rules found for the number at folded <paramref name="number"/> (a reference read up to
    /// <paramref name="consumed"/>, or -1) is what they would find in the whole text.
    /// </summary>
    internal bool ReachedFarEnough(int number, int consumed)
    {
        if (End == Source.Length)
        {
            return true;
        }

        if (TitleEnd < 0)
        {
            return false;
        }

        // Windows usually end just after a stop: check that one first.
        var text = Fold.Text;
        var from = Math.Max(number, TitleEnd);
        return (text.Length - 1 >= from && ReadingStops.IsStop(text, text.Length - 1))
            || ReadingStops.Any(text, from)
            || Math.Max(from, consumed) + Margin <= text.Length;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_folded);
        ArrayPool<int>.Shared.Return(_sourceIndex);
    }
}
