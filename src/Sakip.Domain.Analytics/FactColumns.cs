using Parquet;
using Parquet.Schema;

namespace Sakip.Domain.Analytics;

/// <summary>One column of a fact table: its Parquet field, how its values are taken from the rows, and whether a row's
/// value fits it.</summary>
/// <typeparam name="T">The row type.</typeparam>
internal abstract class FactColumn<T>
{
    protected FactColumn(string name) => Name = name;

    public string Name { get; }

    public abstract DataField Field { get; }

    /// <summary>Writes the first <paramref name="count"/> rows' values as the row group's next column.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter group, List<T> rows, int count, CancellationToken cancellationToken);

    /// <summary>The problem of a value that does not fit the column, or null.</summary>
    public virtual Problem? Check(T row, string path) => null;
}

internal static class FactColumn
{
    /// <summary>Percent, scores and weights: any value the library produces below 10^10 in magnitude, at the full scale of
    /// <see cref="decimal"/> (28 digits after the point), so an exact achievement such as 200/3 % is kept whole.</summary>
    public const int ScorePrecision = 38;

    /// <inheritdoc cref="ScorePrecision"/>
    public const int ScoreScale = 28;

    /// <summary>Targets and realisations: any value below 10^20 in magnitude (rupiah amounts included) with up to 18
    /// digits after the point.</summary>
    public const int MeasurePrecision = 38;

    /// <inheritdoc cref="MeasurePrecision"/>
    public const int MeasureScale = 18;

    public static FactColumn<T> Text<T>(string name, Func<T, string> get) => new TextColumn<T>(name, get, nullable: false);

    public static FactColumn<T> OptionalText<T>(string name, Func<T, string?> get) => new TextColumn<T>(name, get, nullable: true);

    public static FactColumn<T> Int<T>(string name, Func<T, int> get) => new Int32Column<T>(name, get);

    public static FactColumn<T> OptionalInt<T>(string name, Func<T, int?> get) => new OptionalInt32Column<T>(name, get);

    public static FactColumn<T> Bool<T>(string name, Func<T, bool> get) => new BoolColumn<T>(name, get);

    public static FactColumn<T> Score<T>(string name, Func<T, decimal?> get, bool nullable) =>
        new DecimalColumn<T>(name, get, nullable, ScorePrecision, ScoreScale);

    public static FactColumn<T> Measure<T>(string name, Func<T, decimal?> get, bool nullable) =>
        new DecimalColumn<T>(name, get, nullable, MeasurePrecision, MeasureScale);

    /// <summary>Whether <paramref name="value"/> is held by DECIMAL(<paramref name="precision"/>,
    /// <paramref name="scale"/>) without rounding.</summary>
    public static bool Fits(decimal value, int precision, int scale)
    {
        if (decimal.Round(value, scale, MidpointRounding.ToZero) != value)
        {
            return false;
        }

        var limit = 1m;
        for (var i = 0; i < precision - scale; i++)
        {
            limit *= 10m;
        }

        return Math.Abs(decimal.Truncate(value)) < limit;
    }

    private sealed class TextColumn<T>(string name, Func<T, string?> get, bool nullable) : FactColumn<T>(name)
    {
        private readonly DataField _field = new DataField<string>(name, nullable);

        public override DataField Field => _field;

        public override Task WriteAsync(ParquetRowGroupWriter group, List<T> rows, int count, CancellationToken cancellationToken)
        {
            var values = new string?[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = get(rows[i]);
            }

            return group.WriteAsync(_field, values!);
        }
    }

    private sealed class Int32Column<T>(string name, Func<T, int> get) : FactColumn<T>(name)
    {
        private readonly DataField _field = new DataField<int>(name);

        public override DataField Field => _field;

        public override Task WriteAsync(ParquetRowGroupWriter group, List<T> rows, int count, CancellationToken cancellationToken)
        {
            var values = new int[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = get(rows[i]);
            }

            return group.WriteAsync<int>(_field, values, null, null, cancellationToken);
        }
    }

    private sealed class OptionalInt32Column<T>(string name, Func<T, int?> get) : FactColumn<T>(name)
    {
        private readonly DataField _field = new DataField<int?>(name);

        public override DataField Field => _field;

        public override Task WriteAsync(ParquetRowGroupWriter group, List<T> rows, int count, CancellationToken cancellationToken)
        {
            var values = new int?[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = get(rows[i]);
            }

            return group.WriteAsync<int>(_field, values, null, null, cancellationToken);
        }
    }

    private sealed class BoolColumn<T>(string name, Func<T, bool> get) : FactColumn<T>(name)
    {
        private readonly DataField _field = new DataField<bool>(name);

        public override DataField Field => _field;

        public override Task WriteAsync(ParquetRowGroupWriter group, List<T> rows, int count, CancellationToken cancellationToken)
        {
            var values = new bool[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = get(rows[i]);
            }

            return group.WriteAsync<bool>(_field, values, null, null, cancellationToken);
        }
    }

    private sealed class DecimalColumn<T>(string name, Func<T, decimal?> get, bool nullable, int precision, int scale) : FactColumn<T>(name)
    {
        private readonly DataField _field = new DecimalDataField(name, precision, scale, forceByteArrayEncoding: true, isNullable: nullable);

        public override DataField Field => _field;

        public override Task WriteAsync(ParquetRowGroupWriter group, List<T> rows, int count, CancellationToken cancellationToken)
        {
            if (nullable)
            {
                var values = new decimal?[count];
                for (var i = 0; i < count; i++)
                {
                    values[i] = get(rows[i]);
                }

                return group.WriteAsync<decimal>(_field, values, null, null, cancellationToken);
            }

            var required = new decimal[count];
            for (var i = 0; i < count; i++)
            {
                required[i] = get(rows[i]) ?? throw new InvalidOperationException($"Column {Name} is required.");
            }

            return group.WriteAsync<decimal>(_field, required, null, null, cancellationToken);
        }

        public override Problem? Check(T row, string path) =>
            get(row) is { } value && !Fits(value, precision, scale)
                ? new Problem($"{path}.{Name}", AnalyticsMessages.DecimalDoesNotFit(value, precision, scale))
                : null;
    }
}
