// The page's own script (plain browser JavaScript, kept as text): it starts Cytoscape on the
// embedded elements and wires the side panel, search and fit button. Every piece of graph data
// reaches the page through textContent and element properties, never as HTML.
export const PAGE_SCRIPT = String.raw`
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("lineage-data").textContent);
  document.getElementById("title").textContent = data.title;
  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: data.elements,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: "node", style: {
        "label": "data(label)", "text-wrap": "wrap", "text-max-width": "160px", "font-size": "10px",
        "text-valign": "bottom", "text-margin-y": "4px", "width": "34px", "height": "34px",
        "background-color": "#d0d0d0", "border-width": "1px", "border-color": "#555" } },
      { selector: "node[item_category = 'ENTITY']", style: { "shape": "ellipse", "background-color": "#fffc87" } },
      { selector: "node[item_category = 'ACTIVITY']", style: { "shape": "round-rectangle", "background-color": "#9fb1fc" } },
      { selector: "node[item_category = 'AGENT']", style: { "shape": "pentagon", "background-color": "#fed37f" } },
      { selector: "node:selected", style: { "border-width": "4px", "border-color": "#d62728" } },
      { selector: "edge", style: {
        "curve-style": "bezier", "target-arrow-shape": "triangle", "width": "1.5px",
        "line-color": "#888", "target-arrow-color": "#888", "label": "data(label)", "font-size": "8px",
        "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8 } }
    ],
    layout: { name: data.layout, directed: true, padding: 30, spacingFactor: 1.1, animate: false }
  });

  var details = document.getElementById("details");
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }
  function relationList(title, edges, otherEnd) {
    var section = el("section");
    section.appendChild(el("h3", title + " (" + edges.length + ")"));
    var list = el("ul");
    edges.forEach(function (edge) {
      var other = otherEnd(edge);
      var item = el("li");
      item.appendChild(el("span", edge.data("type") + " ", "relation"));
      var button = el("button", other.data("label"));
      button.type = "button";
      button.setAttribute("data-node-id", other.id());
      button.addEventListener("click", function () { focus(other); });
      item.appendChild(button);
      list.appendChild(item);
    });
    section.appendChild(list);
    return section;
  }
  function show(node) {
    details.replaceChildren();
    details.appendChild(el("h2", node.data("label")));
    var facts = el("dl");
    [["id", node.id()], ["category", node.data("item_category")], ["subtype", node.data("item_subtype")]].forEach(function (pair) {
      facts.appendChild(el("dt", pair[0]));
      facts.appendChild(el("dd", pair[1], pair[0] === "id" ? "node-id" : undefined));
    });
    details.appendChild(facts);
    if (node.data("url")) {
      var link = el("a", "Open the item");
      link.href = node.data("url");
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      details.appendChild(link);
    }
    details.appendChild(relationList("Came from", node.outgoers("edge"), function (e) { return e.target(); }));
    details.appendChild(relationList("Led to", node.incomers("edge"), function (e) { return e.source(); }));
  }
  function focus(node) {
    cy.elements().unselect();
    node.select();
    cy.animate({ center: { eles: node }, duration: 250 });
    show(node);
  }
  cy.on("tap", "node", function (event) { focus(event.target); });
  document.getElementById("fit").addEventListener("click", function () { cy.fit(undefined, 30); });
  document.getElementById("search").addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    var wanted = event.target.value.trim().toLowerCase();
    if (wanted === "") return;
    var match = cy.nodes().filter(function (n) { return n.id().toLowerCase() === wanted; });
    if (match.empty()) match = cy.nodes().filter(function (n) { return String(n.data("label")).toLowerCase().indexOf(wanted) !== -1; });
    if (!match.empty()) focus(match[0]);
  });
  window.cy = cy;
  window.lineageReady = true;
})();
`;
