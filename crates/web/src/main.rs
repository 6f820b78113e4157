//! Entry point of the explorer: mounts the Yew app on `<body>`.

#![forbid(unsafe_code)]

mod app;
mod components;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
