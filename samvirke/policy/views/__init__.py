"""HTML views of the policy app, by subject: public pages, editing, programmes, evaluation, gaps."""
