//! [`Shared`]: an `Rc` whose equality is identity.
//!
//! Yew re-renders a component when its props differ, and the reducer skips no-op actions by
//! comparing states. `Rc<T>`'s own `PartialEq` compares the values, which for a bundle of
//! 10,000 events would walk the whole bundle on every frame. Data derived once and never
//! mutated (the model, the filtered events, the lanes) is shared as `Shared<T>` instead: a new
//! value is a new allocation, so comparing pointers is exact and O(1).

use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Shared<T> {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Shared<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Default> Default for Shared<T> {
    fn default() -> Shared<T> {
        Shared::new(T::default())
    }
}

impl<T> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Shared({:p})", Rc::as_ptr(&self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_values_in_different_allocations_differ_and_clones_are_equal() {
        let a = Shared::new(vec![1, 2, 3]);
        let b = Shared::new(vec![1, 2, 3]);
        assert_ne!(a, b);
        assert_eq!(a, a.clone());
        assert_eq!(*a, *b);
    }
}
