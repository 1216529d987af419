//! What a screen changes on the gateway: [`Mutation`], an `Action` whose input and output are
//! type-erased, so every screen shares one copy of the action machinery (pending state, latest
//! value) instead of one per input, output and function type, as [`super::load::Load`] does for
//! reads.

use super::load::{downcast, Value};
use leptos::prelude::*;
use std::{future::Future, marker::PhantomData, pin::Pin, rc::Rc};

type Run = Box<dyn Fn(&Value) -> Pin<Box<dyn Future<Output = Value>>>>;

/// Runs `run` with each dispatched input, one call per dispatch (`Action::new_local`).
pub struct Mutation<I, O = ()> {
    action: Action<Value, Value>,
    types: PhantomData<fn(I) -> O>,
}

impl<I, O> Clone for Mutation<I, O> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I, O> Copy for Mutation<I, O> {}

/// The one `Action` instance every `Mutation` uses.
fn action(run: Run) -> Action<Value, Value> {
    Action::new_local(move |input: &Value| run(input))
}

impl<I: 'static, O: 'static> Mutation<I, O> {
    pub fn new<F: Future<Output = O> + 'static>(run: impl Fn(&I) -> F + 'static) -> Self {
        let run: Run = Box::new(move |input| {
            let done = run(downcast(input));
            Box::pin(async move { Rc::new(done.await) as Value })
        });
        Self {
            action: action(run),
            types: PhantomData,
        }
    }

    pub fn dispatch(&self, input: I) {
        self.action.dispatch_local(Rc::new(input));
    }

    /// Whether a dispatched call has not finished yet.
    pub fn pending(&self) -> Memo<bool> {
        self.action.pending()
    }
}

impl<I: 'static, O: Clone + 'static> Mutation<I, O> {
    /// What the latest finished call returned, tracked.
    pub fn value(&self) -> Option<O> {
        self.action
            .value()
            .with(|value| value.as_ref().map(|v| downcast::<O>(v).clone()))
    }
}
