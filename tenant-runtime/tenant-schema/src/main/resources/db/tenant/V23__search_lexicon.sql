-- Every lexeme the shop's search vectors have held (docs/adr/0124). The search turns the word
-- being typed into the lexemes it starts: 'walnut & (lamp | lamps)' is three posting lists for
-- the GIN index, where 'walnut & lamp:*' makes it collect every item of the prefix into a
-- bitmap first (4.0 against 1.3 ms on 100,000 products). The indexer adds a document's
-- lexemes in the transaction that writes it and never removes one: the lexicon only has to
-- hold at least every lexeme a document holds, and a word no document has any more matches
-- nothing. Byte order ("C"), so the lexemes a prefix starts are one range of the index.
-- Never qualify names here.
create table read_lexeme (
	lexeme varchar collate "C" primary key
);

-- [jooq ignore start]
insert into read_lexeme (lexeme)
select distinct unnest(tsvector_to_array(search)) from read_product
order by 1;
-- [jooq ignore stop]
