using System;
using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Specifications;

/// <summary>
/// A specification: a named condition over <typeparamref name="T"/> that tests one candidate
/// (<see cref="IsSatisfiedBy"/>), filters a sequence (<see cref="Evaluate"/>) and composes with others
/// (<see cref="And"/>, <see cref="Or"/>, <see cref="Not"/>) under the laws of Boolean algebra. Shaped like
/// Ardalis.Specification: a subclass states its condition in its constructor with <c>Query.Where(...)</c>.
/// </summary>
/// <typeparam name="T">The type of candidate.</typeparam>
/// <remarks>
/// <para>
/// A specification is a condition and nothing else: <see cref="IsSatisfiedBy"/> is exactly the conjunction of the
/// <c>Where</c> clauses (a specification with none is satisfied by everything), it cannot be overridden, and
/// <see cref="Evaluate"/> is the source filtered by it, in source order. Ordering and paging belong to the caller
/// (<c>spec.Evaluate(items).OrderBy(…).Take(…)</c>), because a composition of two orderings has no meaning.
/// </para>
/// <para>Immutable once constructed and safe to share between threads. The library's own are in
/// <see cref="Tracking.TaskSpecifications"/> and <see cref="Tracking.PlanItemSpecifications"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// sealed class ItemsOfStandard : Specification&lt;PlanItem&gt;
/// {
///     public ItemsOfStandard(int standard) => Query.Where(i => i.Criterion?.Standard.Value == standard);
/// }
/// var items = new ItemsOfStandard(3).And(PlanItemSpecifications.WithoutLead).Evaluate(plan.Items);
/// </code>
/// </example>
public abstract class Specification<T>
{
    private readonly List<Func<T, bool>> criteria = new();

    /// <summary>Creates a specification; the subclass states its condition through <see cref="Query"/>.</summary>
    protected Specification() => Query = new SpecificationBuilder<T>(this);

    /// <summary>The builder that states the condition.</summary>
    protected SpecificationBuilder<T> Query { get; }

    /// <summary>Whether a candidate satisfies every <c>Where</c> clause.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns><c>true</c> when satisfied.</returns>
    public bool IsSatisfiedBy(T candidate)
    {
        foreach (Func<T, bool> criterion in criteria)
        {
            if (!criterion(candidate))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The candidates of a sequence that satisfy the specification, in source order.</summary>
    /// <param name="source">The sequence.</param>
    /// <returns>The matching candidates.</returns>
    public IEnumerable<T> Evaluate(IEnumerable<T> source) => Preconditions.CheckNotNull(source).Where(IsSatisfiedBy);

    /// <summary>Satisfied when both are.</summary>
    /// <param name="other">The other specification.</param>
    /// <returns>The conjunction.</returns>
    public Specification<T> And(Specification<T> other)
    {
        Preconditions.CheckNotNull(other);
        return new Composite(c => IsSatisfiedBy(c) && other.IsSatisfiedBy(c));
    }

    /// <summary>Satisfied when either is.</summary>
    /// <param name="other">The other specification.</param>
    /// <returns>The disjunction.</returns>
    public Specification<T> Or(Specification<T> other)
    {
        Preconditions.CheckNotNull(other);
        return new Composite(c => IsSatisfiedBy(c) || other.IsSatisfiedBy(c));
    }

    /// <summary>Satisfied when this one is not.</summary>
    /// <returns>The negation.</returns>
    public Specification<T> Not() => new Composite(c => !IsSatisfiedBy(c));

    internal void AddCriterion(Func<T, bool> criterion) => criteria.Add(criterion);

    private sealed class Composite : Specification<T>
    {
        public Composite(Func<T, bool> condition) => Query.Where(condition);
    }
}

/// <summary>States a specification's condition: <c>Query.Where(...)</c>, several clauses combining with "and".</summary>
/// <typeparam name="T">The candidate type.</typeparam>
public sealed class SpecificationBuilder<T>
{
    private readonly Specification<T> specification;

    internal SpecificationBuilder(Specification<T> specification) => this.specification = specification;

    /// <summary>Adds a condition; all conditions must hold.</summary>
    /// <param name="predicate">The condition.</param>
    /// <returns>This builder.</returns>
    public SpecificationBuilder<T> Where(Func<T, bool> predicate)
    {
        specification.AddCriterion(Preconditions.CheckNotNull(predicate));
        return this;
    }
}

/// <summary>Ad-hoc specifications from a predicate.</summary>
public static class Specification
{
    /// <summary>A specification satisfied when <paramref name="predicate"/> holds.</summary>
    /// <typeparam name="T">The candidate type.</typeparam>
    /// <param name="predicate">The condition.</param>
    /// <returns>The specification.</returns>
    public static Specification<T> Where<T>(Func<T, bool> predicate) => new Predicate<T>(Preconditions.CheckNotNull(predicate));

    private sealed class Predicate<T> : Specification<T>
    {
        public Predicate(Func<T, bool> predicate) => Query.Where(predicate);
    }
}
