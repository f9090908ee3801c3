/**
 * The editor side of the Career comparison and Career role picker blocks: the dataset from the
 * Media Library, a URL or the example that ships with the plugin; each attribute of the element
 * in the sidebar, its paths, criteria, interests and roles offered as choices read from the
 * dataset itself; and a live preview that is the element, rendered by the same PHP as the
 * published page.
 * Plain JavaScript on WordPress's own globals, so the plugin needs no build step.
 */
( function ( wp ) {
	const { registerBlockType } = wp.blocks;
	const { createElement: h, Fragment, useEffect, useState } = wp.element;
	const { InspectorControls, MediaUpload, MediaUploadCheck, useBlockProps } = wp.blockEditor;
	const { PanelBody, TextControl, SelectControl, ToggleControl, CheckboxControl, Button, Placeholder } = wp.components;
	const { __, sprintf } = wp.i18n;
	// The controls' current look (40 px fields, no bottom margin): the older one logs a
	// deprecation since WordPress 6.8. Versions before these props ignore them.
	const current = { __next40pxDefaultSize: true, __nextHasNoMarginBottom: true };
	const ServerSideRender = wp.serverSideRender;

	const text = ( props, name, label, help ) =>
		h( TextControl, {
			...current,
			label,
			help,
			value: props.attributes[ name ] || '',
			onChange: ( value ) => props.setAttributes( { [ name ]: value } ),
		} );
	const toggle = ( props, name, label, help ) =>
		h( ToggleControl, {
			__nextHasNoMarginBottom: true,
			label,
			help,
			checked: !! props.attributes[ name ],
			onChange: ( value ) => props.setAttributes( { [ name ]: value } ),
		} );
	/** `also` gives other attributes that change with this one. */
	const select = ( props, name, label, options, also = () => ( {} ) ) =>
		h( SelectControl, {
			...current,
			label,
			value: props.attributes[ name ] || '',
			options,
			onChange: ( value ) => props.setAttributes( { [ name ]: value, ...also( value ) } ),
		} );
	const headingLevels = [ { label: __( 'Default (2)', 'career-paths' ), value: '' } ].concat(
		[ '1', '2', '3', '4', '5', '6' ].map( ( level ) => ( {
			/* translators: %s: a heading level, 1 to 6 */
			label: sprintf( __( 'Heading %s', 'career-paths' ), level ),
			value: level,
		} ) )
	);

	/**
	 * What a dataset offers to choose from: its paths, criteria, interests and roles, each as
	 * `{ value: id, label }` (a role with its path too); null for anything that is no dataset.
	 */
	const choicesOf = ( dataset ) => {
		const list = ( items, name ) =>
			( Array.isArray( items ) ? items : [] )
				.filter( ( item ) => item && typeof item.id === 'string' && item.id !== '' )
				.map( ( item ) => ( {
					value: item.id,
					label: typeof item[ name ] === 'string' && item[ name ].trim() !== '' ? item[ name ] : item.id,
					path: item.path,
				} ) );
		const paths = list( dataset && dataset.paths, 'name' );
		return paths.length
			? { paths, criteria: list( dataset.criteria, 'label' ), interests: list( dataset.interests, 'label' ), roles: list( dataset.roles, 'title' ) }
			: null;
	};
	/**
	 * Each dataset read once per visit to the editor, by the browser as the preview's element reads
	 * it: a file of the Media Library at its present address, else the URL. A failure is forgotten,
	 * so that a file uploaded since is read the next time.
	 */
	const read = new Map();
	const readChoices = ( src, mediaId ) => {
		const key = `${ mediaId || '' } ${ src }`;
		if ( ! read.has( key ) ) {
			const address = mediaId
				? wp
						.apiFetch( { path: `/wp/v2/media/${ mediaId }?_fields=source_url` } )
						.then( ( media ) => media.source_url || src )
						.catch( () => src )
				: Promise.resolve( src );
			const choices = address
				.then( ( url ) => window.fetch( url, { credentials: 'same-origin' } ) )
				.then( ( response ) => ( response.ok ? response.json() : null ) )
				.then( choicesOf )
				.catch( () => null );
			choices.then( ( found ) => found || read.delete( key ) );
			read.set( key, choices );
		}
		return read.get( key );
	};
	/** The chosen dataset's choices once it is read; null until then, or when it cannot be read. */
	function useChoices( src, mediaId ) {
		const [ found, setFound ] = useState( { key: '', choices: null } );
		const key = `${ mediaId || '' } ${ src }`;
		useEffect( () => {
			let current = true;
			if ( src ) {
				readChoices( src, mediaId ).then( ( choices ) => current && setFound( { key, choices } ) );
			}
			return () => {
				current = false;
			};
		}, [ key ] );
		return src && found.key === key ? found.choices : null;
	}

	/** Space-separated ids, as the element's attributes take them. */
	const idsOf = ( value ) => ( value || '' ).split( /\s+/ ).filter( Boolean );
	const unknown = ( id ) => ( {
		value: id,
		/* translators: %s: an id that a block names but its dataset does not have */
		label: sprintf( __( '%s (not in this dataset)', 'career-paths' ), id ),
	} );
	/** One of the dataset's items, or none (`empty` names that choice); an id the dataset lacks is kept, and said so. */
	const chooseOne = ( props, name, label, empty, items, also ) => {
		const value = props.attributes[ name ] || '';
		const known = ! value || items.some( ( item ) => item.value === value );
		return select(
			props,
			name,
			label,
			[ { label: empty, value: '' } ].concat(
				items.map( ( item ) => ( { value: item.value, label: item.label } ) ),
				known ? [] : [ unknown( value ) ]
			),
			also
		);
	};
	/**
	 * Any number of the dataset's items, as ticks, kept in the attribute as space-separated ids in
	 * the order already there (new ones after them). With `all`, no id means every item: the list
	 * shows them all ticked, the last tick stays, and ticking them all in the dataset's order
	 * empties the attribute again.
	 */
	const chooseMany = ( props, name, label, help, items, all ) => {
		const chosen = idsOf( props.attributes[ name ] );
		const ticked = chosen.length || ! all ? chosen : items.map( ( item ) => item.value );
		const offered = items.concat( chosen.filter( ( id ) => ! items.some( ( item ) => item.value === id ) ).map( unknown ) );
		const set = ( id, on ) => {
			const ids = on ? ticked.concat( [ id ] ) : ticked.filter( ( other ) => other !== id );
			const every = all && ids.join( ' ' ) === items.map( ( item ) => item.value ).join( ' ' );
			props.setAttributes( { [ name ]: every ? '' : ids.join( ' ' ) } );
		};
		return h(
			'fieldset',
			{ key: name, className: 'career-paths-choices', style: { border: 0, margin: '0 0 16px', padding: 0 } },
			h( 'legend', { style: { padding: 0, marginBottom: '8px', fontSize: '11px', fontWeight: 500, textTransform: 'uppercase' } }, label ),
			...offered.map( ( item ) => {
				const on = ticked.includes( item.value );
				return h( CheckboxControl, {
					key: item.value,
					__nextHasNoMarginBottom: true,
					label: item.label,
					checked: on,
					disabled: all && on && ticked.length === 1,
					onChange: ( value ) => set( item.value, value ),
				} );
			} ),
			h( 'p', { className: 'components-base-control__help', style: { marginTop: '8px' } }, help )
		);
	};
	/** Until the dataset is read (or when it cannot be), its ids are typed. */
	const unread = () =>
		h( 'p', { key: 'unread', className: 'components-base-control__help' }, __( 'Once the dataset is read, its paths, criteria, interests and roles are offered here; until then, type their ids.', 'career-paths' ) );

	/** The dataset: a JSON file of the Media Library, or any URL. */
	function Dataset( props ) {
		const { src, mediaId } = props.attributes;
		const choose = ( media ) => props.setAttributes( { src: media.url, mediaId: media.id } );
		// A typed URL is used once editing stops (Enter, or leaving the field), so that the preview
		// does not ask the server for every part of it on the way.
		const [ draft, setDraft ] = useState( src || '' );
		useEffect( () => setDraft( src || '' ), [ src ] );
		const commit = () => {
			if ( draft !== ( src || '' ) ) {
				props.setAttributes( { src: draft, mediaId: undefined } );
			}
		};
		return h(
			PanelBody,
			{ title: __( 'Dataset', 'career-paths' ) },
			h(
				MediaUploadCheck,
				null,
				h( MediaUpload, {
					onSelect: choose,
					allowedTypes: [ 'application/json' ],
					value: mediaId,
					render: ( { open } ) =>
						h( Button, { __next40pxDefaultSize: true, variant: 'secondary', onClick: open }, src ? __( 'Replace the JSON file', 'career-paths' ) : __( 'Choose a JSON file', 'career-paths' ) ),
				} )
			),
			h( TextControl, {
				...current,
				label: __( 'Dataset URL', 'career-paths' ),
				help: __( 'A JSON file made with the career paths editor.', 'career-paths' ),
				type: 'url',
				value: draft,
				onChange: setDraft,
				onBlur: commit,
				onKeyDown: ( event ) => {
					if ( event.key === 'Enter' ) {
						commit();
					}
				},
			} )
		);
	}

	function edit( block, controls ) {
		return function ( props ) {
			const blockProps = useBlockProps();
			const choices = useChoices( props.attributes.src, props.attributes.mediaId );
			// The example that ships with the plugin, as the inserter previews it (its address from the PHP).
			const example = ( wp.blocks.getBlockType( block ).example || {} ).attributes;
			const preview = props.attributes.src
				? h( ServerSideRender, { block, attributes: props.attributes } )
				: h(
						Placeholder,
						{
							icon: block === 'career-paths/compare' ? 'editor-table' : 'filter',
							label: block === 'career-paths/compare' ? __( 'Career comparison', 'career-paths' ) : __( 'Career role picker', 'career-paths' ),
							instructions: __( 'Choose a JSON dataset in the block settings, from the Media Library or by URL.', 'career-paths' ),
						},
						example && example.src
							? h(
									Button,
									{ __next40pxDefaultSize: true, variant: 'secondary', onClick: () => props.setAttributes( { ...example, mediaId: undefined } ) },
									__( 'Insert the example', 'career-paths' )
							  )
							: null
				  );
			return h(
				Fragment,
				null,
				h( InspectorControls, null, h( Dataset, props ), h( PanelBody, { title: __( 'Display', 'career-paths' ) }, ...controls( props, choices ) ) ),
				h( 'div', blockProps, preview )
			);
		};
	}

	/**
	 * `[career_compare …]` and `[career_picker …]` become the block, each attribute by the
	 * element's name; a boolean is on when named alone or with any value but false, 0, no or off.
	 */
	const fromShortcode = ( tag, names, booleans ) => ( {
		from: [
			{
				type: 'shortcode',
				tag,
				attributes: Object.fromEntries(
					names.map( ( name ) => [
						name.replace( /-(\w)/g, ( _, letter ) => letter.toUpperCase() ),
						booleans.includes( name )
							? {
									type: 'boolean',
									shortcode: ( { named, numeric } ) =>
										( numeric || [] ).map( ( word ) => String( word ).toLowerCase() ).includes( name ) ||
										( name in named && ! [ 'false', '0', 'no', 'off' ].includes( String( named[ name ] ).trim().toLowerCase() ) ),
							  }
							: { type: 'string', shortcode: ( { named } ) => ( name in named ? String( named[ name ] ) : undefined ) },
					] )
				),
			},
		],
	} );
	const sharedNames = [ 'src', 'heading-level', 'no-title', 'link-params', 'lang' ];

	const shared = ( props ) => [
		select( props, 'headingLevel', __( 'Heading level', 'career-paths' ), headingLevels ),
		toggle( props, 'noTitle', __( 'No title', 'career-paths' ), __( 'The page has its own heading.', 'career-paths' ) ),
		text( props, 'linkParams', __( 'Link parameters', 'career-paths' ), __( 'Added to every call-to-action link, e.g. utm_source=site', 'career-paths' ) ),
		text( props, 'lang', __( 'Language', 'career-paths' ), __( 'en or es; otherwise the dataset’s, then the page’s.', 'career-paths' ) ),
	];

	registerBlockType( 'career-paths/compare', {
		edit: edit( 'career-paths/compare', ( props, choices ) =>
			( choices
				? [
						chooseMany( props, 'paths', __( 'Paths', 'career-paths' ), __( 'The columns shown, in this order; a path ticked again comes last.', 'career-paths' ), choices.paths, true ),
						chooseMany(
							props,
							'criteria',
							__( 'Criteria', 'career-paths' ),
							__( 'The rows shown, in this order; a criterion ticked again comes last.', 'career-paths' ),
							choices.criteria.concat( [ { value: 'roles', label: __( 'Typical roles', 'career-paths' ) } ] ),
							true
						),
						chooseOne( props, 'highlight', __( 'Highlight', 'career-paths' ), __( 'None', 'career-paths' ), choices.paths ),
				  ]
				: [
						unread(),
						text( props, 'paths', __( 'Paths', 'career-paths' ), __( 'Path ids separated by spaces: which columns, in which order. Empty: all.', 'career-paths' ) ),
						text( props, 'criteria', __( 'Criteria', 'career-paths' ), __( 'Criterion ids separated by spaces; “roles” names the typical roles row. Empty: all.', 'career-paths' ) ),
						text( props, 'highlight', __( 'Highlight', 'career-paths' ), __( 'The path id to mark, e.g. your own program.', 'career-paths' ) ),
				  ]
			).concat( [
				select( props, 'layout', __( 'Layout', 'career-paths' ), [
					{ label: __( 'Automatic', 'career-paths' ), value: '' },
					{ label: __( 'Table', 'career-paths' ), value: 'table' },
					{ label: __( 'Stacked', 'career-paths' ), value: 'stacked' },
				] ),
			], shared( props ) )
		),
		transforms: fromShortcode( 'career_compare', sharedNames.concat( [ 'paths', 'criteria', 'highlight', 'layout' ] ), [ 'no-title' ] ),
		save: () => null,
	} );

	registerBlockType( 'career-paths/picker', {
		edit: edit( 'career-paths/picker', ( props, choices ) => {
			// The roles of the chosen path are the ones the picker lists, so one of them may be opened.
			const path = props.attributes.path;
			return ( choices
				? [
						// A role opened at first that the chosen path does not list is closed.
						chooseOne( props, 'path', __( 'Path', 'career-paths' ), __( 'All paths', 'career-paths' ), choices.paths, ( chosen ) =>
							chosen && choices.roles.some( ( role ) => role.value === props.attributes.selected && role.path !== chosen ) ? { selected: '' } : {}
						),
						choices.interests.length ? chooseMany( props, 'interests', __( 'Interests', 'career-paths' ), __( 'The interests chosen at first.', 'career-paths' ), choices.interests, false ) : null,
						chooseOne( props, 'selected', __( 'Opened role', 'career-paths' ), __( 'None', 'career-paths' ), choices.roles.filter( ( role ) => ! path || role.path === path ) ),
				  ].filter( Boolean )
				: [
						unread(),
						text( props, 'path', __( 'Path', 'career-paths' ), __( 'The path id chosen at first. Empty: all paths.', 'career-paths' ) ),
						text( props, 'interests', __( 'Interests', 'career-paths' ), __( 'Interest ids chosen at first, separated by spaces.', 'career-paths' ) ),
						text( props, 'selected', __( 'Opened role', 'career-paths' ), __( 'The role id opened at first.', 'career-paths' ) ),
				  ]
			).concat(
				[
					toggle( props, 'syncUrl', __( 'Keep the choice in the address', 'career-paths' ), __( 'A link or a reload restores the student’s choice.', 'career-paths' ) ),
					text( props, 'id', __( 'Element id', 'career-paths' ), __( 'Needed to keep the choice in the address; one is made up when empty.', 'career-paths' ) ),
				],
				shared( props )
			);
		} ),
		transforms: fromShortcode( 'career_picker', sharedNames.concat( [ 'id', 'path', 'interests', 'selected', 'sync-url' ] ), [ 'no-title', 'sync-url' ] ),
		save: () => null,
	} );
} )( window.wp );
