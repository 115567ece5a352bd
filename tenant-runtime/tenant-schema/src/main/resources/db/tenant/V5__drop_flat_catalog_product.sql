-- The flat product table of V1: V3 copied every row into product / product_variant /
-- variant_price, and since issue 12 no code reads or writes it. Never qualify names here.
drop table catalog_product;
