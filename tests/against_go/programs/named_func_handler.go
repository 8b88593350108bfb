package main

import "fmt"

type Handler interface {
	Serve(req int) string
}

type HandlerFunc func(int) string

func (f HandlerFunc) Serve(req int) string { return f(req) }

type Mux struct {
	routes []Handler
}

func (m *Mux) Handle(h Handler) { m.routes = append(m.routes, h) }

type loud struct{ name string }

func (l loud) Serve(req int) string { return fmt.Sprintf("%s!%d", l.name, req) }

func main() {
	m := &Mux{}
	m.Handle(HandlerFunc(func(r int) string { return fmt.Sprint("echo ", r) }))
	m.Handle(loud{"hey"})
	var h Handler = HandlerFunc(func(r int) string { return "square " + fmt.Sprint(r*r) })
	m.Handle(h)
	for i, r := range m.routes {
		fmt.Println(r.Serve(i + 1))
	}
	fmt.Printf("%T\n", h)
	f := HandlerFunc(func(r int) string { return "direct" })
	fmt.Println(f(0), f.Serve(1))
}
