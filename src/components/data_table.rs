//! A real `<table>` with a caption, labelled columns and row counts for assistive technology.

use leptos::{html::Tr, prelude::*};
use std::{cell::RefCell, rc::Rc};
use wasm_bindgen::{closure::Closure, JsCast};

/// A column header; `hidden` keeps the label for screen readers only (e.g. "Actions").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub label: &'static str,
    pub hidden: bool,
}

impl Column {
    pub const fn new(label: &'static str) -> Self {
        Self {
            label,
            hidden: false,
        }
    }

    pub const fn hidden(label: &'static str) -> Self {
        Self {
            label,
            hidden: true,
        }
    }
}

#[component]
pub fn DataTable(
    /// The table's accessible name.
    #[prop(into)]
    caption: String,
    /// Column headers, in order.
    columns: Vec<Column>,
    /// Total rows, including any not rendered (for `aria-rowcount`).
    #[prop(into)]
    row_count: Signal<usize>,
    /// The `<tr>` rows. (The body's role is stated: a list may lay its rows out as grids,
    /// which drops the implied one.)
    children: Children,
) -> impl IntoView {
    view! {
        <div class="gw-table-wrap">
            <table class="gw-table" aria-rowcount=move || (row_count.get() + 1).to_string()>
                <caption class="gw-visually-hidden">{caption}</caption>
                <thead>
                    <tr aria-rowindex="1">
                        {columns
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <th scope="col">
                                        {if c.hidden {
                                            view! { <span class="gw-visually-hidden">{c.label}</span> }
                                                .into_any()
                                        } else {
                                            c.label.into_any()
                                        }}
                                    </th>
                                }
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody role="rowgroup">{children()}</tbody>
            </table>
        </div>
    }
}

/// The slots assumed on screen until the browser says which are: those a list shows when
/// scrolled to its top, where its search box and filters are (`style/lists.css` lays these
/// out at once and lets the browser skip the rest, `tr:nth-child(n+16)`).
pub const FIRST_SCREEN: usize = 15;

/// How far past the window a row still counts as on screen, so one scrolled into view is
/// already up to date.
const NEAR_SCREEN: &str = "300px 0px";

/// A list's row slots. A change rewrites the slots on screen in its own frame and the others
/// right after that frame is painted, so a keystroke does not wait for rows nobody sees yet.
/// An `IntersectionObserver` says which slots are on screen (or near it).
pub struct Slots<T: Send + Sync + 'static> {
    rows: Signal<Vec<T>>,
    /// How many rows the page has: a change that keeps it hides or shows no slot.
    len: Memo<usize>,
    /// The rows as they were when the last change was painted.
    later: Signal<Vec<T>>,
    watch: StoredValue<Option<Watch>, LocalStorage>,
}

impl<T: Send + Sync + 'static> Clone for Slots<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Slots<T> {}

/// Each observed slot's row element and whether it is on screen.
type Observed = Rc<RefCell<Vec<(web_sys::Element, RwSignal<bool>)>>>;

/// The observer and, per observed slot, its row element and whether it is on screen.
struct Watch {
    observer: web_sys::IntersectionObserver,
    slots: Observed,
    _report: Closure<dyn FnMut(js_sys::Array)>,
}

impl<T: Clone + PartialEq + Send + Sync + 'static> Slots<T> {
    pub fn new(rows: Signal<Vec<T>>) -> Self {
        let later = RwSignal::new(rows.get_untracked());
        let pending = StoredValue::new(false);
        Effect::new(move |seen: Option<()>| {
            rows.track();
            // The first run sees what `later` started from.
            if seen.is_none() || pending.get_value() {
                return;
            }
            pending.set_value(true);
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        // The list may be gone by then.
                        if let Some(now) = rows.try_get_untracked() {
                            pending.set_value(false);
                            later.try_set(now);
                        }
                    },
                    std::time::Duration::ZERO,
                )
            });
        });
        let watch = StoredValue::new_local(None::<Watch>);
        on_cleanup(move || {
            if let Some(Some(w)) = watch.try_with_value(|w| w.as_ref().map(|w| w.observer.clone()))
            {
                w.disconnect();
            }
        });
        Self {
            rows,
            len: Memo::new(move |_| rows.with(Vec::len)),
            later: later.into(),
            watch,
        }
    }

    /// How many slots to keep: the most rows a page has had. Slots past the page's rows are
    /// hidden (see `style/lists.css`), so narrowing and widening a search builds no rows. The
    /// first screen's slots are built with the list and the others right after it is painted,
    /// so the first rows do not wait for rows nobody sees yet.
    pub fn count(self) -> Memo<usize> {
        let len = self.len;
        // Set at the start of the frame after the one that first shows the list.
        let painted = RwSignal::new(false);
        request_animation_frame(move || {
            request_animation_frame(move || {
                painted.try_set(true);
            })
        });
        Memo::new(move |before: Option<&usize>| {
            let built = if painted.get() {
                len.get()
            } else {
                len.get().min(FIRST_SCREEN)
            };
            built.max(before.copied().unwrap_or(0))
        })
    }

    /// Slot `index`: the row it shows, whether the page leaves it unused (hidden), and the
    /// reference its `<tr>` takes so the slot knows when it is on screen. A hidden slot keeps
    /// its last row, so showing it again writes only what differs.
    pub fn slot(
        self,
        index: usize,
    ) -> (
        Memo<Option<T>>,
        impl Fn() -> bool + Copy + Send + Sync + 'static,
        NodeRef<Tr>,
    ) {
        let Self {
            rows,
            len,
            later,
            watch,
        } = self;
        let on_screen = RwSignal::new(index < FIRST_SCREEN);
        let row = Memo::new(move |before: Option<&Option<T>>| {
            let source = if on_screen.get() { rows } else { later };
            source
                .with(|r| r.get(index).cloned())
                .or_else(|| before.cloned().flatten())
        });
        let tr = NodeRef::<Tr>::new();
        tr.on_load(move |el| {
            let el: web_sys::Element = el.into();
            watch.update_value(|w| {
                let w = w.get_or_insert_with(Watch::new);
                w.slots.borrow_mut().push((el.clone(), on_screen));
                w.observer.observe(&el);
            });
        });
        (row, move || len.get() <= index, tr)
    }
}

impl Watch {
    fn new() -> Self {
        let slots = Observed::default();
        let seen = slots.clone();
        let report = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            for entry in entries.iter() {
                let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
                let target = entry.target();
                if let Some((_, on)) = seen.borrow().iter().find(|(el, _)| *el == target) {
                    on.try_set(entry.is_intersecting());
                }
            }
        });
        let init = web_sys::IntersectionObserverInit::new();
        init.set_root_margin(NEAR_SCREEN);
        let observer =
            web_sys::IntersectionObserver::new_with_options(report.as_ref().unchecked_ref(), &init)
                .expect("IntersectionObserver is available");
        Self {
            observer,
            slots,
            _report: report,
        }
    }
}
