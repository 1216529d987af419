//! What a screen loads from the gateway: [`Load`], a `LocalResource` that holds its value
//! type-erased. A `LocalResource` of each value type, and of each fetcher, is its own copy of the
//! resource machinery (pending state, refetch, Suspense/Transition hand-off), 8–10 KB of wasm a
//! copy before optimisation; every `Load` shares one, and keeps only the fetch and a downcast of
//! its own.

use leptos::prelude::*;
use std::{any::Any, future::Future, marker::PhantomData, pin::Pin, rc::Rc};

/// An answer or input with its type erased; shared with `super::mutation`.
pub(super) type Value = Rc<dyn Any>;
type Fetch = Box<dyn Fn() -> Pin<Box<dyn Future<Output = Value>>>>;

/// A gateway read that a screen shows: `None` while it loads, then the answer. Reading it inside
/// `Suspense`/`Transition` holds their fallback as a `LocalResource` does; the fetcher re-runs
/// when a signal it reads changes or on [`Load::refetch`].
pub struct Load<T> {
    resource: LocalResource<Value>,
    value: PhantomData<fn() -> T>,
}

impl<T> Clone for Load<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Load<T> {}

/// The one `LocalResource` instance every `Load` uses.
fn resource(fetch: Fetch) -> LocalResource<Value> {
    LocalResource::new(fetch)
}

impl<T: 'static> Load<T> {
    pub fn new<F: Future<Output = T> + 'static>(fetch: impl Fn() -> F + 'static) -> Self {
        let fetch: Fetch = Box::new(move || {
            let answer = fetch();
            Box::pin(async move { Rc::new(answer.await) as Value })
        });
        Self {
            resource: resource(fetch),
            value: PhantomData,
        }
    }

    /// Loads again; the last answer stays readable until the new one is in.
    pub fn refetch(&self) {
        self.resource.refetch();
    }

    /// Reads the answer without copying it, tracked like `with` on a signal.
    pub fn with<U>(&self, f: impl FnOnce(Option<&T>) -> U) -> U {
        self.resource.with(|value| f(value.as_ref().map(downcast)))
    }
}

impl<T: Clone + 'static> Load<T> {
    /// A copy of the answer, tracked like `get` on a signal.
    pub fn get(&self) -> Option<T> {
        self.with(|value| value.cloned())
    }
}

/// The `T` behind an erased value; only the typed wrapper that stored it reads it back.
pub(super) fn downcast<T: 'static>(value: &Value) -> &T {
    value
        .downcast_ref()
        .expect("an erased value is read as the type it was stored as")
}
