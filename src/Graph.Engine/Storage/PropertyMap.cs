namespace Graph.Engine.Storage;

/// <summary>
/// The properties of one entity version: parallel arrays of key tokens and values, in
/// insertion order. Entities have few properties (typically under 10), so a linear scan
/// beats hashing and keeps a version to two small arrays.
/// A map is immutable once its version is committed; the writer may change a map in place
/// only while the version that owns it belongs to the running statement.
/// </summary>
internal sealed class PropertyMap
{
    public static readonly PropertyMap Empty = new([], []);

    private int[] _keys;
    private object?[] _values;

    public PropertyMap(int[] keys, object?[] values)
    {
        _keys = keys;
        _values = values;
        Count = keys.Length;
    }

    public int Count { get; private set; }

    public int KeyAt(int index) => _keys[index];

    public object? ValueAt(int index) => _values[index];

    public int IndexOf(int key)
    {
        var keys = _keys;
        for (var i = 0; i < Count; i++)
        {
            if (keys[i] == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    public object? Get(int key)
    {
        var i = IndexOf(key);
        return i < 0 ? null : _values[i];
    }

    public PropertyMap Clone()
    {
        if (Count == 0)
        {
            return new PropertyMap([], []);
        }

        return new PropertyMap(_keys.AsSpan(0, Count).ToArray(), _values.AsSpan(0, Count).ToArray());
    }

    /// <summary>Sets or (with a null value) removes a key, in place. Only for maps owned by the running statement.</summary>
    public void SetInPlace(int key, object? value)
    {
        var i = IndexOf(key);
        if (value is null)
        {
            if (i >= 0)
            {
                Array.Copy(_keys, i + 1, _keys, i, Count - i - 1);
                Array.Copy(_values, i + 1, _values, i, Count - i - 1);
                Count--;
                _values[Count] = null;
            }

            return;
        }

        if (i >= 0)
        {
            _values[i] = value;
            return;
        }

        if (Count == _keys.Length)
        {
            var size = Math.Max(4, Count * 2);
            Array.Resize(ref _keys, size);
            Array.Resize(ref _values, size);
        }

        _keys[Count] = key;
        _values[Count] = value;
        Count++;
    }
}
