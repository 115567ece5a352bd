// The product page's variant picker, improved: with JavaScript on, choosing an option shows
// that variant's price and stock at once, from the public storefront API. Without it the
// plain GET form does the same with a reload; this file only adds to it (docs/adr/0037).
(function () {
  'use strict';
  var form = document.querySelector('form.variant-picker[data-handle]');
  if (!form || !window.fetch) {
    return;
  }
  var currency = form.getAttribute('data-currency');
  var digits = new Intl.NumberFormat('en', { style: 'currency', currency: currency }).resolvedOptions().maximumFractionDigits;
  var price = document.getElementById('variant-price');
  var compareAt = document.getElementById('variant-compare-at');
  var stock = document.getElementById('variant-stock');
  var selects = form.querySelectorAll('select');
  var product = fetch('/api/store/products/' + encodeURIComponent(form.getAttribute('data-handle')), {
    headers: { Accept: 'application/json' }
  }).then(function (response) {
    if (!response.ok) {
      throw new Error('product answered ' + response.status);
    }
    return response.json();
  });

  function formatted(amountMinor) {
    return (amountMinor / Math.pow(10, digits)).toFixed(digits) + ' ' + currency;
  }

  function show(variant) {
    var inCurrency = variant && variant.prices.filter(function (p) { return p.currency === currency; })[0];
    price.textContent = inCurrency ? formatted(inCurrency.amountMinor) : '';
    compareAt.textContent = inCurrency && inCurrency.compareAtMinor != null ? formatted(inCurrency.compareAtMinor) : '';
    stock.className = 'stock ' + (!variant ? 'none' : variant.available ? 'in' : 'out');
    stock.textContent = !variant ? 'This combination is not available' : variant.available ? 'In stock' : 'Out of stock';
    // the add-to-cart form buys what is shown
    var adding = document.querySelector('form.add-to-cart input[name=variantId]');
    if (adding) {
      adding.value = variant ? variant.id : '';
    }
  }

  function chosen() {
    return Array.prototype.map.call(selects, function (select) { return select.value; });
  }

  function update() {
    product.then(function (p) {
      var values = chosen();
      show(p.variants.filter(function (v) {
        return v.optionValues.length === values.length && v.optionValues.every(function (value, i) { return value === values[i]; });
      })[0]);
      var query = new URLSearchParams(window.location.search);
      values.forEach(function (value, i) { query.set('o' + i, value); });
      query.delete('variant');
      window.history.replaceState(null, '', window.location.pathname + '?' + query.toString());
    }).catch(function () {
      // the form still works: leave the page as the server rendered it
    });
  }

  Array.prototype.forEach.call(selects, function (select) {
    select.addEventListener('change', update);
  });
  form.classList.add('live');
}());
