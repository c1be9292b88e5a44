using System.Collections;
using System.Collections.Immutable;

namespace DanVan.Domain;

/// <summary>
/// An immutable list that compares by content, so records that hold one compare by value.
/// </summary>
/// <remarks>
/// Public members expose it as <see cref="IReadOnlyList{T}"/>; equality still works through that interface
/// because <see cref="Equals(object?)"/> is overridden. This type is immutable and thread-safe.
/// </remarks>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> _items;
    private int _hash;

    private ValueList(ImmutableArray<T> items) => _items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new(ImmutableArray<T>.Empty);

    /// <summary>Takes ownership of <paramref name="items"/> without copying: the caller must not change the array afterwards.</summary>
    public static ValueList<T> Own(T[] items) =>
        items.Length == 0 ? Empty : new ValueList<T>(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items));

    /// <summary>Copies <paramref name="items"/> (null is the empty list).</summary>
    public static ValueList<T> From(IEnumerable<T>? items) => items switch
    {
        null => Empty,
        ValueList<T> list => list,
        _ => items.ToImmutableArray() is { IsEmpty: false } array ? new ValueList<T>(array) : Empty,
    };

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public ImmutableArray<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_items).GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        // Benign race: every thread computes the same value.
        if (_hash == 0)
        {
            var hash = new HashCode();
            foreach (var item in _items)
            {
                hash.Add(item);
            }

            _hash = hash.ToHashCode() | 1;
        }

        return _hash;
    }

    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}
